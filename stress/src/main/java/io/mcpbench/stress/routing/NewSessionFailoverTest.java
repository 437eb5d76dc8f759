package io.mcpbench.stress.routing;

import static io.mcpbench.stress.routing.AffinityFixture.OTHER_SESSION;
import static io.mcpbench.stress.routing.AffinityFixture.SERVER;
import static io.mcpbench.stress.routing.AffinityFixture.SESSION;
import static io.mcpbench.stress.routing.AffinityFixture.code;

import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingService;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * As {@link SessionFailoverTest}, but the session has no binding yet: its first two calls race to
 * create it while the instance it would bind to is ejected. The same guarantee holds: the call that
 * follows the ejection goes to the failover instance, the other call to the original or the
 * failover instance, and the session ends bound to the failover instance. The result is coded as
 * there.
 */
@JCStressTest
@Outcome(id = "1, 1, 1", expect = Expect.ACCEPTABLE, desc = "Both calls after the ejection: both on the failover instance.")
@Outcome(id = "0, 1, 1", expect = Expect.ACCEPTABLE_INTERESTING,
        desc = "The first thread's call ran before or during the ejection and reached the original instance; later calls fail over.")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "A call after the ejection reached the ejected or a third instance, or the session was left split.")
@State
public class NewSessionFailoverTest {

    private final RoutingService routing = AffinityFixture.service();
    /** A call of another session in flight on the session's would-be instance; its failure ejects it. */
    private final Instance failing;

    public NewSessionFailoverTest() {
        failing = routing.route(SERVER, OTHER_SESSION);
    }

    @Actor
    public void call(III_Result r) {
        Instance i = routing.route(SERVER, SESSION);
        r.r1 = code(i);
        routing.complete(i, 1_000, true);
    }

    @Actor
    public void ejectThenCall(III_Result r) {
        routing.complete(failing, 1_000, false);
        Instance i = routing.route(SERVER, SESSION);
        r.r2 = code(i);
        routing.complete(i, 1_000, true);
    }

    @Arbiter
    public void after(III_Result r) {
        r.r3 = code(routing.route(SERVER, SESSION));
    }
}
