package io.mcpbench.compare.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EnergyStatisticTest {

    /** Q from the definition: m n / (m + n) * (2/(mn) sum|x-y| - mean within X - mean within Y). */
    private static double definition(double[] x, int from, int tau, int to) {
        int m = tau - from;
        int n = to - tau;
        double between = 0;
        for (int i = from; i < tau; i++) {
            for (int j = tau; j < to; j++) {
                between += Math.abs(x[i] - x[j]);
            }
        }
        double withinX = 0;
        for (int i = from; i < tau; i++) {
            for (int k = i + 1; k < tau; k++) {
                withinX += Math.abs(x[i] - x[k]);
            }
        }
        double withinY = 0;
        for (int j = tau; j < to; j++) {
            for (int k = j + 1; k < to; k++) {
                withinY += Math.abs(x[j] - x[k]);
            }
        }
        double e = 2 * between / (m * n) - withinX / (m * (m - 1) / 2.0) - withinY / (n * (n - 1) / 2.0);
        return (double) m * n / (m + n) * e;
    }

    @Test
    void tinySeriesMatchesHandComputedValue() {
        // x = {1, 2, 4, 7, 11}, split after two values: X = {1, 2}, Y = {4, 7, 11}.
        // between: |1-4|+|1-7|+|1-11|+|2-4|+|2-7|+|2-11| = 3+6+10+2+5+9 = 35, so 2*35/6 = 35/3
        // within X: |1-2| = 1 over C(2,2) = 1; within Y: 3+7+4 = 14 over C(3,2) = 3, so 14/3
        // E = 35/3 - 1 - 14/3 = 6; Q = 2*3/5 * 6 = 7.2
        double[] x = {1, 2, 4, 7, 11};
        double[] profile = new EnergyStatistic(5).profile(x);
        assertEquals(7.2, profile[2], 1e-12);
        assertEquals(definition(x, 0, 2, 5), profile[2], 1e-12);
        assertEquals(definition(x, 0, 3, 5), profile[3], 1e-12);
        assertTrue(Double.isNaN(profile[1]) && Double.isNaN(profile[4]), "sides of one value have no within term");
    }

    @Test
    void profileMatchesDefinitionOnRandomSeries() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = 4 + r.nextInt(30);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextDouble() * 10 + (i > n / 2 ? 3 : 0);
            }
            double[] profile = new EnergyStatistic(2).profile(x);
            for (int tau = 2; tau <= n - 2; tau++) {
                double expected = definition(x, 0, tau, n);
                assertEquals(expected, profile[tau], 1e-9 * Math.max(1, Math.abs(expected)), "n=" + n + " tau=" + tau);
            }
        }
    }

    @Test
    void bestSplitOfASubSegmentIsTheArgmaxOfTheDefinition() {
        SplittableRandom r = new SplittableRandom(11);
        EnergyStatistic energy = new EnergyStatistic(8);
        for (int trial = 0; trial < 50; trial++) {
            int n = 12 + r.nextInt(40);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextGaussian() + (i >= n / 3 ? 1.5 : 0);
            }
            int from = r.nextInt(3);
            int to = n - r.nextInt(3);
            int minSegment = 2 + r.nextInt(3);
            int tau = energy.best(x, from, to, minSegment);
            int expectedTau = -1;
            double expectedQ = Double.NEGATIVE_INFINITY;
            for (int t = from + minSegment; t <= to - minSegment; t++) {
                double q = definition(x, from, t, to);
                if (q > expectedQ) {
                    expectedQ = q;
                    expectedTau = t;
                }
            }
            assertEquals(expectedTau, tau);
            assertEquals(expectedQ, energy.bestValue(), 1e-9 * Math.max(1, Math.abs(expectedQ)));
        }
    }

    @Test
    void segmentShorterThanTwoMinimumSegmentsHasNoSplit() {
        EnergyStatistic energy = new EnergyStatistic(10);
        double[] x = {1, 2, 3, 10, 11, 12, 13, 14, 15};
        assertEquals(-1, energy.best(x, 0, 9, 5));
        assertEquals(4, energy.best(x, 0, 8, 4), "8 values, minimum 4: the only split is in the middle");
    }

    @Test
    void invariantToShiftAndScaleUpToTheScale() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2.5 * x[i] + 100;
        }
        double[] px = new EnergyStatistic(10).profile(x);
        double[] py = new EnergyStatistic(10).profile(y);
        for (int tau = 2; tau <= 8; tau++) {
            assertEquals(2.5 * px[tau], py[tau], 1e-9);
        }
    }
}
