package io.mcpbench.compare.jmh;

import io.mcpbench.compare.model.Row;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A metric's score with its error and confidence interval as JMH computes them from the raw data,
 * so any JMH result reads the same: the {@link Aggregation} of every iteration of every fork (of
 * every SampleTime sample, weighted by its count, when the samples are given:
 * {@link PooledSamples}); for a mean, the error is the half-width of the 99.9% Student-t interval,
 * {@code t(0.9995, n - 1) * s / sqrt(n)}, NaN when {@code n <= 2}, and the interval
 * {@code score -/+ error}; for a sum, maximum or minimum the error is NaN and the interval
 * {@code [score, score]}.
 *
 * <p>The t quantile comes from Commons Statistics, accurate to about the last bit; JMH takes it
 * from Commons Math, whose inverse stops its search at an absolute accuracy of 1e-9, so an error
 * here can differ from JMH's from the tenth significant digit on (at most 1.5e-10 relative for 1 to
 * 5,000 values).
 *
 * @param score   the aggregated value, in the metric's unit
 * @param error   the 99.9% half-width, in the metric's unit; NaN when there is none
 * @param low     the interval's lower end; NaN when a mean has no error
 * @param high    the interval's upper end; NaN when a mean has no error
 * @param samples how many values (or histogram samples) the score is over
 */
public record Score(double score, double error, double low, double high, long samples) {

    private static final double CONFIDENCE = 0.999;

    /** The mean of {@code values} (in their order) and its error. */
    public static Score of(double[] values) {
        return of(Aggregation.AVG, values);
    }

    /** The score of {@code values} (not empty) folded by {@code aggregation}, with its error when a mean. */
    public static Score of(Aggregation aggregation, double[] values) {
        double score = aggregation.score(values);
        if (aggregation != Aggregation.AVG) return new Score(score, Double.NaN, score, score, values.length);
        double variance = Double.NaN;
        if (values.length > 1) {
            double v = 0;
            for (double x : values) v += Math.pow(x - score, 2);
            variance = v / (values.length - 1);
        }
        return mean(score, variance, values.length);
    }

    /** The count-weighted mean of {@code samples} and its error. */
    public static Score of(PooledSamples samples) {
        return mean(samples.mean(), samples.variance(), samples.count());
    }

    /**
     * The mean of {@code row}: over its histograms' samples when it has them, else over every
     * iteration of every fork. A SampleTime row without histograms (old JMH) counts each
     * iteration once, where JMH weighted each by its samples, which the file does not keep.
     */
    public static Score of(Row row) {
        if (row.hasHistograms()) return of(PooledSamples.of(row.histograms()));
        int n = 0;
        for (double[] fork : row.forks()) n += fork.length;
        double[] values = new double[n];
        int k = 0;
        for (double[] fork : row.forks()) {
            System.arraycopy(fork, 0, values, k, fork.length);
            k += fork.length;
        }
        return of(values);
    }

    /** A value with no error and no interval, as JMH writes its SampleTime percentile metrics. */
    public static Score point(double value, long samples) {
        return new Score(value, Double.NaN, Double.NaN, Double.NaN, samples);
    }

    private static Score mean(double mean, double variance, double n) {
        double error = n <= 2 || Double.isNaN(variance) ? Double.NaN
                : TDistribution.of(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2) * Math.sqrt(variance) / Math.sqrt(n);
        boolean interval = !Double.isNaN(error);
        return new Score(mean, error, interval ? mean - error : Double.NaN, interval ? mean + error : Double.NaN, (long) n);
    }
}
