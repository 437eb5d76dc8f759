package io.mcpbench.bench.metrics;

import io.mcpbench.bench.support.InputCycle;
import java.util.SplittableRandom;

/**
 * Seeded streams of realistic call latencies in nanoseconds: lognormal, since tool calls have a
 * typical time and a long right tail. The arrays have a power-of-two length, so a benchmark cycles
 * them with {@code samples[i++ & (samples.length - 1)]}.
 */
public final class LatencySamples {

    /** Median of a tool call: 20 ms. */
    public static final double DEFAULT_MEDIAN_NANOS = 20_000_000.0;
    /** Log-scale spread: p99 is about 10 times the median. */
    public static final double DEFAULT_SIGMA = 1.0;
    /** Samples per stream: enough that the JIT cannot learn the sequence, small enough for L2. */
    public static final int DEFAULT_COUNT = 1 << 14;

    private LatencySamples() {
    }

    /** {@link #DEFAULT_COUNT} samples with the default median and spread. */
    public static long[] lognormalNanos(long seed) {
        return lognormalNanos(DEFAULT_COUNT, seed, DEFAULT_MEDIAN_NANOS, DEFAULT_SIGMA);
    }

    /**
     * At least {@code count} lognormal samples (rounded up to a power of two), each at least 1 ns.
     *
     * @throws IllegalArgumentException if count is not positive, the median not positive or the
     *                                  spread negative
     */
    public static long[] lognormalNanos(int count, long seed, double medianNanos, double sigma) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        if (!(medianNanos > 0) || Double.isInfinite(medianNanos)) {
            throw new IllegalArgumentException("median must be a positive number of nanoseconds: " + medianNanos);
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be a non-negative number: " + sigma);
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] samples = new long[InputCycle.powerOfTwoAtLeast(count)];
        double mu = Math.log(medianNanos);
        for (int i = 0; i < samples.length; i++) {
            double v = Math.exp(mu + sigma * gaussian(random));
            samples[i] = Math.max(1L, Math.min((long) v, Long.MAX_VALUE / 2));
        }
        return samples;
    }

    /** A standard normal variate (Box-Muller; SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // (0, 1]: the log stays finite
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
