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
 * Route/complete pairs while instances are ejected and replaced under them: one thread's call fails
 * (one failure ejects its instance); the other thread replaces instance {@code b} with {@code c} and
 * then makes a successful call. Calls routed to an instance that is ejected or removed meanwhile
 * still complete, so every in-flight count returns to 0. The result is the in-flight counts of
 * {@code a}, {@code b} and {@code c}.
 */
@JCStressTest
@Outcome(id = "0, 0, 0", expect = Expect.ACCEPTABLE, desc = "Every call released its slot.")
@Outcome(expect = Expect.FORBIDDEN, desc = "An in-flight count leaked or went negative.")
@State
public class RouteCompleteChurnTest {

    private final RoutingService routing = new RoutingService(
            RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN).withFailureThreshold(1), () -> 0L);
    private final Instance a;
    private final Instance b;

    public RouteCompleteChurnTest() {
        routing.setInstances("s", List.of("a", "b"));
        List<Instance> all = routing.instances("s");
        a = all.get(0);
        b = all.get(1);
    }

    @Actor
    public void failingCall() {
        Instance i = routing.route("s", null);
        routing.complete(i, 1_000, false);
    }

    @Actor
    public void replaceThenCall() {
        routing.setInstances("s", List.of("a", "c"));
        Instance i = routing.route("s", null);
        routing.complete(i, 1_000, true);
    }

    @Arbiter
    public void check(III_Result r) {
        r.r1 = a.inFlight();
        r.r2 = b.inFlight();
        r.r3 = routing.instances("s").get(1).inFlight();
    }
}
