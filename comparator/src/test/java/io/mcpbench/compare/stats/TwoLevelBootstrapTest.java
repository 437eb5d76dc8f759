package io.mcpbench.compare.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TwoLevelBootstrapTest {

    private static double[][] forks(SplittableRandom rng, double value, int n, int m, double forkSd, double itSd) {
        double[][] out = new double[n][m];
        for (int f = 0; f < n; f++) {
            double level = Math.log(value) + forkSd * rng.nextGaussian();
            for (int i = 0; i < m; i++) {
                out[f][i] = Math.exp(level + itSd * rng.nextGaussian());
            }
        }
        return out;
    }

    @Test
    void sameSeedSameInterval() {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] a = forks(rng, 100, 8, 10, 0.02, 0.02);
        double[][] b = forks(rng, 100, 8, 10, 0.02, 0.02);
        assertArrayEquals(TwoLevelBootstrap.logRatioInterval(a, b, 1000, 5, 0.95),
                TwoLevelBootstrap.logRatioInterval(a, b, 1000, 5, 0.95));
    }

    @Test
    void intervalIsCentredOnTheObservedLogRatioAndWidensWithForkNoise() {
        SplittableRandom rng = new SplittableRandom(2);
        double[][] a = forks(rng, 100, 10, 20, 0.01, 0.02);
        double[][] b = forks(rng, 110, 10, 20, 0.01, 0.02);
        double observed = Samples.mean(Samples.logForkMeans(b)) - Samples.mean(Samples.logForkMeans(a));
        double[] ci = TwoLevelBootstrap.logRatioInterval(a, b, 2000, 3, 0.95);
        assertTrue(ci[0] < observed && observed < ci[1], ci[0] + " " + observed + " " + ci[1]);
        double[][] c = forks(rng, 100, 10, 20, 0.10, 0.02);
        double[][] d = forks(rng, 110, 10, 20, 0.10, 0.02);
        double[] wide = TwoLevelBootstrap.logRatioInterval(c, d, 2000, 3, 0.95);
        assertTrue(wide[1] - wide[0] > 3 * (ci[1] - ci[0]));
    }

    @Test
    void coversTheTrueRatioAboutAsOftenAsPromised() {
        SplittableRandom rng = new SplittableRandom(3);
        int covered = 0;
        int trials = 200;
        double truth = Math.log(1.05);
        for (int t = 0; t < trials; t++) {
            double[][] a = forks(rng, 100, 10, 10, 0.03, 0.02);
            double[][] b = forks(rng, 105, 10, 10, 0.03, 0.02);
            double[] ci = TwoLevelBootstrap.logRatioInterval(a, b, 500, t, 0.95);
            if (ci[0] <= truth && truth <= ci[1]) covered++;
        }
        // percentile bootstrap at 10 forks undercovers a little; it must still be near 95%
        assertTrue(covered >= 0.85 * trials && covered <= 0.99 * trials, "covered " + covered);
    }

    @Test
    void rejectsTooFewResamples() {
        assertThrows(IllegalArgumentException.class,
                () -> TwoLevelBootstrap.logRatioInterval(new double[][] {{1}}, new double[][] {{1}}, 5, 1, 0.95));
    }

    @Test
    void quantileInterpolates() {
        assertEquals(2.5, TwoLevelBootstrap.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
        assertEquals(4.0, TwoLevelBootstrap.quantile(new double[] {1, 2, 3, 4}, 1.0), 1e-12);
    }
}
