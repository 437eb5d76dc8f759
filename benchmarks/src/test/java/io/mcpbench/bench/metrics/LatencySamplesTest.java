package io.mcpbench.bench.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LatencySamplesTest {

    @Test
    void lengthIsRoundedUpToAPowerOfTwo() {
        assertEquals(1024, LatencySamples.lognormalNanos(1000, 1, 1e6, 1.0).length);
        assertEquals(LatencySamples.DEFAULT_COUNT, LatencySamples.lognormalNanos(7).length);
    }

    @Test
    void sameSeedSameSamplesOtherSeedOtherSamples() {
        assertArrayEquals(LatencySamples.lognormalNanos(42), LatencySamples.lognormalNanos(42));
        assertFalse(Arrays.equals(LatencySamples.lognormalNanos(42), LatencySamples.lognormalNanos(43)));
    }

    @Test
    void medianAndTailFollowTheLognormal() {
        long[] s = LatencySamples.lognormalNanos(1 << 16, 3, 20_000_000.0, 1.0).clone();
        Arrays.sort(s);
        double median = s[s.length / 2];
        double p99 = s[(int) (s.length * 0.99)];
        assertEquals(20_000_000.0, median, 20_000_000.0 * 0.05);
        // exp(2.326 * sigma) = 10.2 for sigma 1
        assertEquals(10.2, p99 / median, 1.0);
        assertTrue(s[0] >= 1);
    }

    @Test
    void zeroSpreadGivesTheMedianEverywhere() {
        for (long v : LatencySamples.lognormalNanos(8, 1, 5_000.0, 0.0)) {
            assertEquals(5_000L, v, 1L);
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LatencySamples.lognormalNanos(0, 1, 1e6, 1.0));
        assertThrows(IllegalArgumentException.class, () -> LatencySamples.lognormalNanos(8, 1, 0.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> LatencySamples.lognormalNanos(8, 1, Double.NaN, 1.0));
        assertThrows(IllegalArgumentException.class, () -> LatencySamples.lognormalNanos(8, 1, 1e6, -1.0));
    }
}
