package io.mcpbench.compare.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A percentile interval for the ratio of geometric means of fork means (candidate over
 * baseline) by the two-level bootstrap: each resample draws forks with replacement, then
 * iterations with replacement inside each drawn fork, so both the fork-to-fork and the
 * iteration-to-iteration variation are carried into the interval without assuming normality.
 *
 * <p>The loop works on primitive arrays with a seeded XoRoShiRo128++ generator; each 64-bit draw
 * yields two indices (Lemire's multiply-shift on 32-bit halves), and a side's resampled
 * geometric mean costs one logarithm: fork means are pre-scaled to about 1 and multiplied.
 */
public final class TwoLevelBootstrap {

    private TwoLevelBootstrap() {
    }

    /**
     * The interval {@code {low, high}} for the log ratio at {@code confidence}, from
     * {@code resamples} resamples seeded with {@code seed}. Every value must be positive.
     */
    public static double[] logRatioInterval(double[][] base, double[][] cand, int resamples, long seed,
                                            double confidence) {
        if (resamples < 10) {
            throw new IllegalArgumentException("at least 10 resamples, got " + resamples);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[][] b = scaled(base);
        double[][] c = scaled(cand);
        double offset = Math.log(scale(cand)) - Math.log(scale(base));
        double[] stats = new double[resamples];
        IndexSource idx = new IndexSource(rng);
        for (int r = 0; r < resamples; r++) {
            stats[r] = offset + meanLogForkMean(c, idx) - meanLogForkMean(b, idx);
        }
        java.util.Arrays.sort(stats);
        double alpha = 1.0 - confidence;
        return new double[] {quantile(stats, alpha / 2.0), quantile(stats, 1.0 - alpha / 2.0)};
    }

    /** One resample of one side: the mean over drawn forks of log(mean of drawn iterations). */
    private static double meanLogForkMean(double[][] forks, IndexSource idx) {
        int n = forks.length;
        double logSum = 0;
        double product = 1.0;
        for (int k = 0; k < n; k++) {
            double[] fork = forks[idx.next(n)];
            int m = fork.length;
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += fork[idx.next(m)];
            }
            product *= s / m;
            if ((k & 15) == 15) {
                logSum += Math.log(product);
                product = 1.0;
            }
        }
        return (logSum + Math.log(product)) / n;
    }

    private static double scale(double[][] forks) {
        double s = 0;
        int n = 0;
        for (double[] f : forks) {
            for (double v : f) {
                s += v;
                n++;
            }
        }
        return s / n;
    }

    private static double[][] scaled(double[][] forks) {
        double inv = 1.0 / scale(forks);
        double[][] out = new double[forks.length][];
        for (int i = 0; i < forks.length; i++) {
            out[i] = new double[forks[i].length];
            for (int j = 0; j < forks[i].length; j++) {
                out[i][j] = forks[i][j] * inv;
            }
        }
        return out;
    }

    /** Type-7 (linear interpolation) quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Uniform indices below a bound, two per 64-bit draw. */
    private static final class IndexSource {
        private final UniformRandomProvider rng;
        private long bits;
        private boolean hasHalf;

        IndexSource(UniformRandomProvider rng) {
            this.rng = rng;
        }

        int next(int bound) {
            long half;
            if (hasHalf) {
                half = bits >>> 32;
                hasHalf = false;
            } else {
                bits = rng.nextLong();
                half = bits & 0xffffffffL;
                hasHalf = true;
            }
            return (int) ((half * bound) >>> 32);
        }
    }
}
