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
        assertEquals(RoutingConfig.DEFAULT_MAX_EJECTION_PERCENT, c.maxEjectionPercent());
        RoutingConfig capped = c.withMaxEjectionPercent(20);
        assertEquals(20, capped.maxEjectionPercent());
        assertEquals(7, capped.seed());
        assertEquals(capped, capped.withSeed(7));
    }

    @Test
    void theSixArgumentConstructorKeepsTheDefaultCap() {
        RoutingConfig c = new RoutingConfig(RoutingPolicy.RANDOM, 3, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 1L);
        assertEquals(RoutingConfig.DEFAULT_MAX_EJECTION_PERCENT, c.maxEjectionPercent());
    }

    @Test
    void theCapIsAShareRoundedDownButAllowsOneAndNeverAll() {
        RoutingConfig half = RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN);
        assertEquals(0, half.maxEjected(0));
        assertEquals(0, half.maxEjected(1), "a lone instance is never ejected");
        assertEquals(1, half.maxEjected(2));
        assertEquals(1, half.maxEjected(3));
        assertEquals(2, half.maxEjected(4));
        assertEquals(10, half.maxEjected(20));
        RoutingConfig tenth = half.withMaxEjectionPercent(10);
        assertEquals(1, tenth.maxEjected(3), "one ejection is always allowed, as in Envoy");
        assertEquals(2, tenth.maxEjected(20));
        assertEquals(1, half.withMaxEjectionPercent(0).maxEjected(5));
        assertEquals(4, half.withMaxEjectionPercent(100).maxEjected(5), "the last one stays");
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
        e = assertThrows(IllegalArgumentException.class, () -> d.withMaxEjectionPercent(101));
        assertEquals("maxEjectionPercent must be in [0, 100]: 101", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withMaxEjectionPercent(-1));
        assertThrows(NullPointerException.class, () -> d.withPolicy(null));
    }
}
