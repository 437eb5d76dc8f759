package io.mcpbench.core.routing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Load spread over healthy instances: every instance's share of 100,000 calls is within 5% of the
 * fair share (the performance plan's criterion), with random choices seeded.
 */
class RoutingEvennessTest {

    private static final int CALLS = 100_000;

    @ParameterizedTest(name = "{0} over {1} instances")
    @CsvSource({
        "ROUND_ROBIN, 3", "ROUND_ROBIN, 20",
        "RANDOM, 3", "RANDOM, 20",
        "POWER_OF_TWO_CHOICES, 3", "POWER_OF_TWO_CHOICES, 20",
        "LEAST_IN_FLIGHT, 3", "LEAST_IN_FLIGHT, 20",
        "RENDEZVOUS_HASH, 3", "SESSION_AFFINITY, 3"
    })
    void everyShareIsWithinFivePercentOfFair(RoutingPolicy policy, int instances) {
        FakeClock clock = new FakeClock();
        RoutingService s = new RoutingService(RoutingConfig.defaults(policy).withSeed(12345), clock);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < instances; k++) {
            ids.add("instance-" + k);
        }
        s.setInstances("srv", ids);
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < CALLS; k++) {
            Instance i = s.route("srv", "session-" + k);
            counts.merge(i.id(), 1, Integer::sum);
            s.complete(i, 1_000_000L, true);
        }
        double fair = 1.0 / instances;
        double worst = 0;
        for (String id : ids) {
            double share = counts.getOrDefault(id, 0) / (double) CALLS;
            worst = Math.max(worst, Math.abs(share - fair) / fair);
        }
        assertTrue(worst <= 0.05, policy + ": largest deviation from fair share " + worst);
    }
}
