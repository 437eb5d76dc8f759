package io.mcpbench.workload.downstream;

import java.util.SplittableRandom;

/**
 * How long a simulated downstream server takes to answer, as a distribution the caller draws
 * from with its own seeded random source. Microbenchmarks use {@link #zero()} so the gateway's own
 * work is all that is measured; load scenarios use {@link #logNormal} fitted to a median and a
 * p99, the long-tailed shape real tool servers show.
 */
public sealed interface LatencyModel {

    /** One latency in nanoseconds, drawn with {@code random}; never negative. */
    long sampleNanos(SplittableRandom random);

    /** No latency at all: the downstream answers at once and consumes no randomness. */
    static LatencyModel zero() {
        return Zero.INSTANCE;
    }

    /** The same latency every call. */
    static LatencyModel fixed(long nanos) {
        return new Fixed(nanos);
    }

    /**
     * A lognormal latency whose median and 99th percentile are the given values (in nanoseconds).
     * Requires {@code 0 < median <= p99}.
     */
    static LatencyModel logNormal(long medianNanos, long p99Nanos) {
        return new LogNormal(medianNanos, p99Nanos);
    }

    /**
     * An exponential latency with the given mean (in nanoseconds): memoryless, so the time left of
     * a wait drawn from it has the same distribution at any moment. Agents' think times use it: an
     * agent started with a first wait drawn from it is already in its steady state. Requires
     * {@code mean > 0}.
     */
    static LatencyModel exponential(long meanNanos) {
        return new Exponential(meanNanos);
    }

    /** The model for the zero latency. */
    enum Zero implements LatencyModel {
        INSTANCE;

        @Override
        public long sampleNanos(SplittableRandom random) {
            return 0L;
        }
    }

    /** A constant latency. */
    record Fixed(long nanos) implements LatencyModel {
        public Fixed {
            if (nanos < 0) {
                throw new IllegalArgumentException("latency must not be negative: " + nanos);
            }
        }

        @Override
        public long sampleNanos(SplittableRandom random) {
            return nanos;
        }
    }

    /** An exponential latency of a given mean. */
    record Exponential(long meanNanos) implements LatencyModel {
        public Exponential {
            if (meanNanos <= 0) {
                throw new IllegalArgumentException("exponential latency needs a positive mean: " + meanNanos);
            }
        }

        @Override
        public long sampleNanos(SplittableRandom random) {
            // 1 - u is in (0, 1], so the log is finite
            return (long) (-meanNanos * Math.log(1.0 - random.nextDouble()));
        }
    }

    /** A lognormal latency fitted to a median and a p99. */
    record LogNormal(long medianNanos, long p99Nanos) implements LatencyModel {

        /** The standard normal quantile at 0.99. */
        private static final double Z_99 = 2.3263478740408408;

        public LogNormal {
            if (medianNanos <= 0 || p99Nanos < medianNanos) {
                throw new IllegalArgumentException(
                        "lognormal latency needs 0 < median <= p99, got median=" + medianNanos + " p99=" + p99Nanos);
            }
        }

        /** The log of the median: the distribution's mu. */
        double mu() {
            return Math.log(medianNanos);
        }

        /** The distribution's sigma, such that the 0.99 quantile is {@code p99Nanos}. */
        double sigma() {
            return (Math.log(p99Nanos) - mu()) / Z_99;
        }

        @Override
        public long sampleNanos(SplittableRandom random) {
            return (long) Math.exp(mu() + sigma() * gaussian(random));
        }

        /** A standard normal deviate (Marsaglia's polar method; one of the pair is discarded). */
        private static double gaussian(SplittableRandom random) {
            double u;
            double v;
            double s;
            do {
                u = 2.0 * random.nextDouble() - 1.0;
                v = 2.0 * random.nextDouble() - 1.0;
                s = u * u + v * v;
            } while (s >= 1.0 || s == 0.0);
            return u * Math.sqrt(-2.0 * Math.log(s) / s);
        }
    }
}
