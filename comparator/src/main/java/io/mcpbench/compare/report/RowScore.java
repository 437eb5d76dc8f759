package io.mcpbench.compare.report;

import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.stats.Samples;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * A row's score and error as JMH prints them, recomputed from the raw data so that any JMH
 * result reads the same: the mean of every iteration of every fork (of every sample, weighted by
 * its count, when the row carries sample-mode histograms) and the half-width of its 99.9%
 * Student-t interval, {@code t(0.9995, n - 1) * s / sqrt(n)}, NaN when {@code n <= 2} (as JMH).
 * For a sample-mode row without histograms each iteration counts once, which can differ from
 * JMH's sample-weighted mean in the last digits.
 *
 * @param score   the mean, in the row's unit
 * @param error   the 99.9% half-width, in the row's unit; NaN when there are two values or fewer
 * @param samples how many values (or histogram samples) the mean is over
 */
public record RowScore(double score, double error, long samples) {

    private static final double CONFIDENCE = 0.999;

    /** The score and error of {@code row}. */
    public static RowScore of(Row row) {
        return row.hasHistograms() ? ofHistograms(row.histograms()) : ofValues(row.forks());
    }

    private static RowScore ofValues(double[][] forks) {
        double[] values = Samples.pooled(forks, false);
        return new RowScore(Samples.mean(values), error(Samples.variance(values), values.length), values.length);
    }

    /** Each histogram bucket is a value weighted by its count (frequency weights). */
    private static RowScore ofHistograms(double[][][][] histograms) {
        int buckets = 0;
        for (double[][][] fork : histograms) {
            for (double[][] iteration : fork) {
                buckets += iteration.length;
            }
        }
        double[] values = new double[buckets];
        double[] counts = new double[buckets];
        int k = 0;
        for (double[][][] fork : histograms) {
            for (double[][] iteration : fork) {
                for (double[] pair : iteration) {
                    values[k] = pair[0];
                    counts[k++] = pair[1];
                }
            }
        }
        double n = StatUtils.sum(counts);
        double mean = new Mean().evaluate(values, counts);
        double variance = n > 1 ? new Variance().evaluate(values, counts) : Double.NaN;
        return new RowScore(mean, error(variance, n), (long) n);
    }

    /** The 99.9% half-width of the mean of {@code n} values of sample variance {@code variance}. */
    private static double error(double variance, double n) {
        if (n <= 2) return Double.NaN;
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t * Math.sqrt(variance / n);
    }
}
