package io.mcpbench.compare.report;

import io.mcpbench.compare.model.Row;
import org.apache.commons.math3.distribution.TDistribution;

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
        long n = 0;
        double sum = 0;
        for (double[] fork : forks) {
            for (double v : fork) {
                sum += v;
                n++;
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (double[] fork : forks) {
            for (double v : fork) {
                ss += (v - mean) * (v - mean);
            }
        }
        return new RowScore(mean, error(ss, n), n);
    }

    private static RowScore ofHistograms(double[][][][] histograms) {
        double n = 0;
        double sum = 0;
        for (double[][][] fork : histograms) {
            for (double[][] iteration : fork) {
                for (double[] pair : iteration) {
                    sum += pair[0] * pair[1];
                    n += pair[1];
                }
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (double[][][] fork : histograms) {
            for (double[][] iteration : fork) {
                for (double[] pair : iteration) {
                    ss += pair[1] * (pair[0] - mean) * (pair[0] - mean);
                }
            }
        }
        return new RowScore(mean, error(ss, n), (long) n);
    }

    /** The 99.9% half-width from the sum of squared deviations {@code ss} of {@code n} values. */
    private static double error(double ss, double n) {
        if (n <= 2) return Double.NaN;
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
    }
}
