package io.mcpbench.compare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VarianceComponentsTest {

    @Test
    void recoversPlantedForkAndIterationVariance() {
        SplittableRandom rng = new SplittableRandom(4);
        double between = 0.03 * 0.03;
        double within = 0.01 * 0.01;
        double[][] forks = new double[400][25];
        for (double[] f : forks) {
            double level = Math.log(50) + 0.03 * rng.nextGaussian();
            for (int i = 0; i < f.length; i++) {
                f[i] = Math.exp(level + 0.01 * rng.nextGaussian());
            }
        }
        VarianceComponents vc = VarianceComponents.of(forks);
        assertEquals(between, vc.between(), 0.15 * between);
        assertEquals(within, vc.within(), 0.05 * within);
        assertTrue(vc.betweenKnown());
        assertEquals(25.0, vc.iterations());
    }

    @Test
    void oneForkLeavesTheForkVarianceUnknown() {
        VarianceComponents vc = VarianceComponents.of(new double[][] {{1.0, 1.1, 0.9}});
        assertFalse(vc.betweenKnown());
        assertEquals(0.0, vc.between());
        assertTrue(vc.within() > 0);
    }

    @Test
    void sampleSizeGrowsAsTheEffectShrinksAndMatchesTheNormalFormulaForLargeN() {
        int big = SampleSize.perSide(0.01, 0.01, 0.05, 0.8, 2, 100_000);
        // normal approximation: 2 * (1.959964 + 0.841621)^2 * var / delta^2 = 1569.9
        assertTrue(big >= 1570 && big <= 1575, "n " + big);
        int n5 = SampleSize.perSide(0.0004, Math.log(1.05), 0.05, 0.8, 3, 1000);
        int n2 = SampleSize.perSide(0.0004, Math.log(1.02), 0.05, 0.8, 3, 1000);
        assertTrue(n2 > n5, n2 + " vs " + n5);
        assertEquals(3, SampleSize.perSide(0, 0.05, 0.05, 0.8, 3, 1000));
        assertEquals(50, SampleSize.perSide(1.0, 0.001, 0.05, 0.8, 3, 50));
    }
}
