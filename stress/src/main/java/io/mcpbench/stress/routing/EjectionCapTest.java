package io.mcpbench.stress.routing;

import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import java.util.List;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Both instances of a server fail a call at the same moment (one failure ejects), but the ejection
 * cap allows one ejection of two: exactly one instance is ejected and the other stays in rotation,
 * whichever failure is seen first. The result is (instances ejected, whether {@code a} is the
 * ejected one, whether a call after the race is routed).
 */
@JCStressTest
@Outcome(id = {"1, 1, 1", "1, 0, 1"}, expect = Expect.ACCEPTABLE, desc = "One ejected, the other routable.")
@Outcome(expect = Expect.FORBIDDEN, desc = "Both were ejected, or neither.")
@State
public class EjectionCapTest {

    private final RoutingService routing = new RoutingService(
            RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN).withFailureThreshold(1), () -> 0L);
    private final Instance a;
    private final Instance b;

    public EjectionCapTest() {
        routing.setInstances("s", List.of("a", "b"));
        a = routing.route("s", null);
        b = routing.route("s", null);
    }

    @Actor
    public void failOnA() {
        routing.complete(a, 1_000, false);
    }

    @Actor
    public void failOnB() {
        routing.complete(b, 1_000, false);
    }

    @Arbiter
    public void check(III_Result r) {
        r.r1 = routing.ejectedCount("s");
        r.r2 = a.health() == Instance.Health.EJECTED ? 1 : 0;
        Instance next = routing.route("s", null);
        r.r3 = next.health() != Instance.Health.EJECTED ? 1 : 0;
        routing.complete(next, 1_000, true);
    }
}
