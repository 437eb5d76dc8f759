package io.mcpbench.compare.steady;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Mann-Kendall test for a monotone trend in a series: Kendall's tau between the values and
 * their order. Rank-based, so a single spike (a GC pause in one iteration) cannot make a trend.
 * Two-sided p-values as SciPy's {@code kendalltau} gives them: exact (the distribution of
 * inversions of a permutation) without ties for up to 33 values or when at most one pair is out
 * of order, otherwise the normal approximation with the variance corrected for ties.
 */
public final class MannKendall {

    private static final int EXACT_UP_TO = 33;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private MannKendall() {
    }

    /** The two-sided p-value of "no monotone trend" in {@code x}; 1 below three values. */
    public static double p(double[] x) {
        int n = x.length;
        if (n < 3) {
            return 1.0;
        }
        long concordant = 0;
        long discordant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x[j] > x[i]) concordant++;
                else if (x[j] < x[i]) discordant++;
            }
        }
        long total = (long) n * (n - 1) / 2;
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        // tie groups of the values: pairs tied, and the sum of t(t-1)(2t+5) over groups of t equal values
        double ties = 0;
        double tiesVar = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) j++;
            double t = j - i;
            ties += t * (t - 1) / 2;
            tiesVar += t * (t - 1) * (2 * t + 5);
            i = j;
        }
        if (ties == 0) {
            long c = Math.min(discordant, total - discordant);
            if (n <= EXACT_UP_TO || c <= 1) {
                return exact(n, c);
            }
        }
        if (ties == total) {
            return 1.0; // every value equal: no order at all
        }
        double m = (double) n * (n - 1);
        // the tie-corrected variance of concordant - discordant (the order itself has no ties)
        double var = (m * (2 * n + 5) - tiesVar) / 18.0;
        double z = (concordant - discordant) / Math.sqrt(var);
        return Math.min(1.0, 2 * NORMAL.survivalProbability(Math.abs(z)));
    }

    /**
     * {@code 2 P(I <= c)}, capped at 1, where I counts the inversions of a uniformly random
     * permutation of n values; {@code c} is the smaller of the discordant and concordant counts.
     */
    static double exact(int n, long c) {
        if (c == 0) {
            return Math.min(1.0, 2.0 / factorial(n));
        }
        if (c == 1) {
            return Math.min(1.0, 2.0 / factorial(n - 1));
        }
        long total = (long) n * (n - 1) / 2;
        if (2 * c == total) {
            return 1.0;
        }
        int max = (int) c;
        // probability of k inversions among the first j values, built up one value at a time
        double[] p = new double[max + 1];
        p[0] = 1.0;
        for (int j = 2; j <= n; j++) {
            double[] next = new double[max + 1];
            double window = 0;
            for (int k = 0; k <= max; k++) {
                window += p[k];
                if (k - j >= 0) window -= p[k - j];
                next[k] = window / j;
            }
            p = next;
        }
        double cdf = 0;
        for (int k = 0; k <= max; k++) cdf += p[k];
        return Math.min(1.0, 2 * cdf);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }
}
