package io.mcpbench.workload.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyModelTest {

    @Test
    void theExponentialModelHasTheRequestedMeanAndMedian() {
        LatencyModel model = LatencyModel.exponential(100_000_000);
        SplittableRandom random = new SplittableRandom(7);
        long[] samples = new long[200_000];
        double sum = 0;
        for (int i = 0; i < samples.length; i++) {
            samples[i] = model.sampleNanos(random);
            assertTrue(samples[i] >= 0);
            sum += samples[i];
        }
        Arrays.sort(samples);
        assertEquals(100_000_000, sum / samples.length, 1_000_000);
        // the median of an exponential is its mean times ln 2; its p99 the mean times ln 100
        assertEquals(100_000_000 * Math.log(2), samples[samples.length / 2], 1_500_000);
        assertEquals(100_000_000 * Math.log(100), samples[(int) (samples.length * 0.99)], 10_000_000);
    }

    @Test
    void anExponentialNeedsAPositiveMean() {
        assertThrows(IllegalArgumentException.class, () -> LatencyModel.exponential(0));
        assertThrows(IllegalArgumentException.class, () -> LatencyModel.exponential(-5));
    }
}
