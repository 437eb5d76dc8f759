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
 * yields three iteration indices (multiply-shift on 21-bit slices), and a side's resampled
 * geometric mean costs one logarithm: fork means are pre-scaled to about 1 and multiplied.
 */
public final class TwoLevelBootstrap {

    private static final int SLICE_BITS = 21;
    private static final long SLICE_MASK = (1L << SLICE_BITS) - 1;
    private static final int SLICE_LIMIT = 1 << SLICE_BITS;

    private TwoLevelBootstrap() {
    }

    /**
     * The interval {@code {low, high}} for the log ratio at {@code confidence}, from
     * {@code resamples} resamples seeded with {@code seed}. Every value must be positive.
     */
    public static double[] logRatioInterval(double[][] base, double[][] cand, int resamples, long seed,
                                            double confidence) {
        if (base.length >= SLICE_LIMIT || cand.length >= SLICE_LIMIT) {
            throw new IllegalArgumentException("at most " + (SLICE_LIMIT - 1) + " forks a side");
        }
        if (resamples < 10) {
            throw new IllegalArgumentException("at least 10 resamples, got " + resamples);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[][] b = scaled(base);
        double[][] c = scaled(cand);
        double offset = Math.log(scale(cand)) - Math.log(scale(base));
        double[] stats = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            stats[r] = offset + meanLogForkMean(c, rng) - meanLogForkMean(b, rng);
        }
        java.util.Arrays.sort(stats);
        double alpha = 1.0 - confidence;
        return new double[] {quantile(stats, alpha / 2.0), quantile(stats, 1.0 - alpha / 2.0)};
    }

    /** One resample of one side: the mean over drawn forks of log(mean of drawn iterations). */
    private static double meanLogForkMean(double[][] forks, UniformRandomProvider rng) {
        int n = forks.length;
        double logSum = 0;
        double product = 1.0;
        long nn = n;
        long bits = 0;
        for (int k = 0; k < n; k++) {
            int slot = k % 3;
            if (slot == 0) {
                bits = rng.nextLong();
            }
            double[] fork = forks[(int) ((((bits >>> (slot * SLICE_BITS)) & SLICE_MASK) * nn) >>> SLICE_BITS)];
            product *= resampledMean(fork, rng);
            if ((k & 15) == 15) {
                logSum += Math.log(product);
                product = 1.0;
            }
        }
        return (logSum + Math.log(product)) / n;
    }

    /**
     * The mean of {@code fork.length} values drawn with replacement. Each 64-bit draw yields
     * three indices by multiply-shift on 21-bit slices; the bias of a slice is below
     * {@code m / 2^21} in relative probability, under 1e-5 for the usual 5 to 50 iterations.
     */
    private static double resampledMean(double[] fork, UniformRandomProvider rng) {
        int m = fork.length;
        if (m >= SLICE_LIMIT) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += fork[rng.nextInt(m)];
            }
            return s / m;
        }
        long mm = m;
        // three accumulators: one would chain every addition on the previous one's latency
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        int j = 0;
        for (; j + 3 <= m; j += 3) {
            long r = rng.nextLong();
            s0 += fork[(int) (((r & SLICE_MASK) * mm) >>> SLICE_BITS)];
            s1 += fork[(int) ((((r >>> SLICE_BITS) & SLICE_MASK) * mm) >>> SLICE_BITS)];
            s2 += fork[(int) ((((r >>> (2 * SLICE_BITS)) & SLICE_MASK) * mm) >>> SLICE_BITS)];
        }
        for (; j < m; j++) {
            s0 += fork[(int) (((rng.nextLong() >>> (64 - SLICE_BITS)) * mm) >>> SLICE_BITS)];
        }
        return (s0 + s1 + s2) / m;
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
}
