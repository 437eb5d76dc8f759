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
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Two threads each route a call and complete it, under least-in-flight (which reads the counts it
 * is racing to change): once both pairs are done, every instance's in-flight count is back to 0.
 * The result is the in-flight counts of the two instances.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = Expect.ACCEPTABLE, desc = "Every call released its slot.")
@Outcome(expect = Expect.FORBIDDEN, desc = "An in-flight count leaked or went negative.")
@State
public class RouteCompleteTest {

    private final RoutingService routing =
            new RoutingService(RoutingConfig.defaults(RoutingPolicy.LEAST_IN_FLIGHT), () -> 0L);
    private final Instance a;
    private final Instance b;

    public RouteCompleteTest() {
        routing.setInstances("s", List.of("a", "b"));
        List<Instance> all = routing.instances("s");
        a = all.get(0);
        b = all.get(1);
    }

    @Actor
    public void call1() {
        Instance i = routing.route("s", null);
        routing.complete(i, 1_000, true);
    }

    @Actor
    public void call2() {
        Instance i = routing.route("s", null);
        routing.complete(i, 2_000, true);
    }

    @Arbiter
    public void check(II_Result r) {
        r.r1 = a.inFlight();
        r.r2 = b.inFlight();
    }
}
