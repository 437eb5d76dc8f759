package io.mcpbench.stress.catalog;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJ_Result;

/**
 * Two writers add different servers at once: the compare-and-set swap must keep both changes (no
 * lost update), advance the version once per change, and leave a listener that keeps the highest
 * version it is told holding the final one, though the two notifications may come in either order.
 * The result is (final version, final tool count, highest version the listener kept).
 */
@JCStressTest
@Outcome(id = "3, 5, 3", expect = Expect.ACCEPTABLE, desc = "Both servers added, two versions, listener current.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A change was lost, or the listener was left behind.")
@State
public class ConcurrentWritersTest {

    private final ToolCatalog catalog = new ToolCatalog(CatalogSnapshot.of(Map.of("files", Tools.OLD_FILES)));
    private final AtomicLong listenerVersion = new AtomicLong();

    public ConcurrentWritersTest() {
        catalog.addListener(s -> listenerVersion.accumulateAndGet(s.version(), Math::max));
    }

    @Actor
    public void addGit() {
        catalog.putServer("git", Tools.GIT);
    }

    @Actor
    public void addSearch() {
        catalog.putServer("search", Tools.SEARCH);
    }

    @Arbiter
    public void check(JJJ_Result r) {
        CatalogSnapshot s = catalog.snapshot();
        r.r1 = s.version();
        r.r2 = s.size();
        r.r3 = listenerVersion.get();
    }
}
