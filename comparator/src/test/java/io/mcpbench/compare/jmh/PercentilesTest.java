package io.mcpbench.compare.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** JMH's two percentile estimators agree to rounding, and pooling merges what JMH merges. */
class PercentilesTest {

    private static final double[] JMH_KEYS = {0, 50, 90, 95, 99, 99.9, 99.99, 99.999, 99.9999, 100};

    @Test
    void valuesAndSamplesOfCountOneGiveTheSamePercentile() {
        Random random = new Random(20261207);
        for (int t = 0; t < 500; t++) {
            double[] values = new double[1 + random.nextInt(200)];
            double[][] pairs = new double[values.length][];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(3) == 0 ? random.nextInt(4) : Math.exp(random.nextGaussian());
                pairs[i] = new double[] {values[i], 1};
            }
            double[] copy = values.clone();
            PooledSamples h = PooledSamples.of(pairs);
            // the two round the position p (n + 1) / 100 differently: the interpolation moves by
            // at most a few ulps of the position times the gap between the order statistics
            double spread = Percentiles.of(values, 100) - Percentiles.of(values, 0);
            for (double p : JMH_KEYS) {
                double a = Percentiles.of(values, p);
                assertEquals(a, Percentiles.of(h, p), spread * 1e-13 + Math.abs(a) * 1e-15, "case " + t + " p" + p);
            }
            assertArrayEquals(copy, values, "values are not reordered");
        }
    }

    @Test
    void theEndsAreTheMinimumAndTheMaximum() {
        double[] v = {3, 1, 2};
        assertEquals(1, Percentiles.of(v, 0));
        assertEquals(3, Percentiles.of(v, 100));
        assertEquals(2, Percentiles.of(v, 50));
        assertTrue(Double.isNaN(Percentiles.of(new double[0], 50)));
        assertTrue(Double.isNaN(Percentiles.of(PooledSamples.of(new double[0][]), 50)));
    }

    @Test
    void poolingSortsAndMergesEqualValuesAndDropsWhatIsNotASample() {
        PooledSamples h = PooledSamples.of(new double[][][][] {
            {{{5, 1}, {1, 2}}, null},
            {{{1, 1}, {Double.NaN, 4}, {7, 0}, {9, -1}}}});
        assertEquals(4, h.count());
        assertEquals((5 + 1 * 3) / 4.0, h.mean());
        assertEquals(1, Percentiles.of(h, 0));
        assertEquals(1, Percentiles.of(h, 60));
        assertEquals(5, Percentiles.of(h, 100));
    }
}
