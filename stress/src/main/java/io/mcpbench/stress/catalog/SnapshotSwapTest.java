package io.mcpbench.stress.catalog;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import java.util.Map;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJ_Result;

/**
 * A reader holds one snapshot while a writer swaps in the next version, which replaces server
 * {@code files}'s two tools with three new ones and adds server {@code git}. Everything the reader
 * sees through its snapshot must be one version: version 1 with 2 tools, {@code files__read}
 * present and {@code git__log} absent, or version 2 with 4 tools, {@code files__read} gone and
 * {@code git__log} present. The result is (version, tool count, bit 0 = old tool found, bit 1 = new
 * tool found, bit 2 = the tool list and the lookup table agree).
 */
@JCStressTest
@Outcome(id = "1, 2, 5", expect = Expect.ACCEPTABLE, desc = "The old catalog, whole.")
@Outcome(id = "2, 4, 6", expect = Expect.ACCEPTABLE, desc = "The new catalog, whole.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A mix of the two catalogs.")
@State
public class SnapshotSwapTest {

    private final ToolCatalog catalog = new ToolCatalog(CatalogSnapshot.of(Map.of("files", Tools.OLD_FILES)));

    @Actor
    public void swap() {
        catalog.putServers(Map.of("files", Tools.NEW_FILES, "git", Tools.GIT));
    }

    @Actor
    public void read(JJJ_Result r) {
        CatalogSnapshot s = catalog.snapshot();
        long seen = 0;
        if (s.find("files__read") != null) {
            seen |= 1;
        }
        if (s.find("git__log") != null) {
            seen |= 2;
        }
        boolean agree = true;
        for (int i = 0; i < s.size(); i++) {
            String name = s.entries().get(i).qualifiedName();
            agree &= s.find(name) != null && s.indexOf(name) == i;
        }
        if (agree) {
            seen |= 4;
        }
        r.r1 = s.version();
        r.r2 = s.size();
        r.r3 = seen;
    }
}
