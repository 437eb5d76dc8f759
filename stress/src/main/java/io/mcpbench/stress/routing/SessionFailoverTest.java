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
 * Two threads route calls of one bound session while its instance is ejected: one thread routes a
 * call; the other fails a call on the session's instance (one failure ejects) and then routes a call.
 *
 * <p>The guarantee the code gives: a route that begins after the ejection is published goes to the
 * failover instance (the rendezvous choice among the instances left); a route that overlaps the
 * ejection may still return the ejected instance, as if it had run just before; no route ever goes
 * to a third instance; and once the race is over both threads' next calls land on the failover
 * instance. The result is (the first thread's call, the failing thread's call, a call after the
 * race), coded 0 for the original instance, 1 for the failover one, 2 for any other.
 */
@JCStressTest
@Outcome(id = "1, 1, 1", expect = Expect.ACCEPTABLE, desc = "Both calls after the ejection: both on the failover instance.")
@Outcome(id = "0, 1, 1", expect = Expect.ACCEPTABLE_INTERESTING,
        desc = "The first thread's call ran before or during the ejection and reached the original instance; later calls fail over.")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "A call after the ejection reached the ejected or a third instance, or the session was left split.")
@State
public class SessionFailoverTest {

    private final RoutingService routing = AffinityFixture.service();
    /** A call of another session in flight on the session's instance; its failure ejects it. */
    private final Instance failing;

    public SessionFailoverTest() {
        Instance bound = routing.route(SERVER, SESSION);
        routing.complete(bound, 1_000, true);
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
