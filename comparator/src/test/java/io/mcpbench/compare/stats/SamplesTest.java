package io.mcpbench.compare.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void forkMeansAreTakenPerForkOnRaggedData() {
        double[][] forks = {{1, 2, 3}, {10}, {4, 6}};
        assertArrayEquals(new double[] {2, 10, 5}, Samples.forkMeans(forks), 1e-12);
        assertEquals(Math.log(2), Samples.logForkMeans(forks)[0], 1e-12);
        assertEquals(6, Samples.pooled(forks, false).length);
    }

    @Test
    void varianceIsUnbiasedAndNaNBelowTwo() {
        assertEquals(2.5, Samples.variance(new double[] {1, 2, 3, 4, 5}), 1e-12);
        assertTrue(Double.isNaN(Samples.variance(new double[] {1})));
    }

    @Test
    void nonNormalHeuristicFlagsSkewAndOutliersOnly() {
        assertFalse(Samples.looksNonNormal(new double[] {0.01, -0.02, 0.0, 0.015, -0.01, 0.005, -0.005}));
        assertTrue(Samples.looksNonNormal(new double[] {0.0, 0.01, -0.01, 0.005, -0.005, 0.4}));
        assertFalse(Samples.looksNonNormal(new double[] {0.0, 1.0, 5.0}), "too few to judge");
    }

    @Test
    void positivityGuardsTheLogScale() {
        assertTrue(Samples.allPositive(new double[][] {{1, 2}, {3}}));
        assertFalse(Samples.allPositive(new double[][] {{1, 0}}));
    }
}
