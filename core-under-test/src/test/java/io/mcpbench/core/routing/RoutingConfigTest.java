package io.mcpbench.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoutingConfigTest {

    @Test
    void defaultsAreUsableForEveryPolicy() {
        for (RoutingPolicy p : RoutingPolicy.values()) {
            RoutingConfig c = RoutingConfig.defaults(p);
            assertEquals(p, c.policy());
            assertTrue(c.failureThreshold() >= 1);
            assertTrue(c.maxEjection().compareTo(c.baseEjection()) >= 0);
        }
    }

    @Test
    void withersChangeOneField() {
        RoutingConfig c = RoutingConfig.defaults(RoutingPolicy.RANDOM)
                .withFailureThreshold(2)
                .withEjection(Duration.ofMillis(10), Duration.ofMillis(80))
                .withSeed(7)
                .withPolicy(RoutingPolicy.ROUND_ROBIN);
        assertEquals(RoutingPolicy.ROUND_ROBIN, c.policy());
        assertEquals(2, c.failureThreshold());
        assertEquals(Duration.ofMillis(10), c.baseEjection());
        assertEquals(Duration.ofMillis(80), c.maxEjection());
        assertEquals(7, c.seed());
        assertEquals(RoutingConfig.DEFAULT_EWMA_HALF_LIFE, c.ewmaHalfLife());
    }

    @Test
    void rejectsBadValuesWithTheirName() {
        RoutingConfig d = RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withFailureThreshold(0));
        assertTrue(e.getMessage().contains("failureThreshold"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withEjection(Duration.ZERO, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("baseEjection"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> d.withEjection(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("maxEjection"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withEwmaHalfLife(Duration.ofSeconds(-1)));
        assertTrue(e.getMessage().contains("ewmaHalfLife"), e.getMessage());
        assertThrows(NullPointerException.class, () -> d.withPolicy(null));
    }
}
