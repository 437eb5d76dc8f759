package io.mcpbench.compare.jmh;

import org.apache.commons.statistics.descriptive.Quantile;

/**
 * JMH's percentiles, so that a value computed here is the one JMH prints for the same data. Both
 * of JMH's estimators interpolate linearly between the order statistics around position
 * {@code p (n + 1) / 100}, with the minimum at 0 and the maximum at and past the end; they differ
 * in their last bits (the order of the arithmetic), so each is kept: iteration values as JMH's
 * {@code ListStatistics} computes them (Commons Math's default {@code Percentile}, which is
 * Commons Statistics' {@link Quantile.EstimationMethod#HF6} to the bit), samples of a
 * {@link PooledSamples} as its {@code MultisetStatistics} does.
 */
public final class Percentiles {

    private static final Quantile HF6 = Quantile.withDefaults().withCopy(true).with(Quantile.EstimationMethod.HF6);

    private Percentiles() {
    }

    /** Percentile {@code percent} (0..100) of {@code values} (any order, not changed); NaN when there are none. */
    public static double of(double[] values, double percent) {
        if (values.length == 0) return Double.NaN;
        if (percent <= 0) return min(values);
        return HF6.evaluate(values, Math.min(percent, 100) / 100);
    }

    /** Percentile {@code percent} (0..100) of {@code samples}; NaN when there are none. */
    public static double of(PooledSamples samples, double percent) {
        if (samples.isEmpty()) return Double.NaN;
        if (percent <= 0) return samples.min();
        double pos = Math.min(percent, 100) * (samples.count() + 1) / 100;
        double floor = Math.floor(pos);
        double lo = samples.atRank(floor);
        return lo + (samples.atRank(floor + 1) - lo) * (pos - floor);
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) m = Math.min(m, v);
        return m;
    }
}
