package io.mcpbench.compare.history;

import io.mcpbench.compare.model.Direction;
import java.util.Arrays;

/**
 * Where a series stands: its first, last, lowest and highest values, and the latest value
 * against the median of the runs just before it. The median, not the mean, so one earlier
 * outlier does not make the latest run look changed.
 *
 * @param first          the oldest value
 * @param last           the latest value
 * @param min            the lowest value
 * @param max            the highest value
 * @param previousMedian median of up to {@code previousRuns} values before the latest; NaN when none
 * @param previousRuns   how many values that median covers
 * @param latestChange   {@code last / previousMedian - 1}; NaN when there is no previous run
 * @param latestShift    which way {@code latestChange} goes for the row's direction
 */
public record Trend(double first, double last, double min, double max, double previousMedian, int previousRuns,
        double latestChange, Shift latestShift) {

    /** The trend of {@code values} (at least one), comparing the latest with up to {@code k} before it. */
    public static Trend of(double[] values, int k, Direction direction) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("a trend needs at least one value");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int prev = Math.min(k, n - 1);
        double median = Double.NaN;
        double change = Double.NaN;
        if (prev > 0) {
            double[] window = Arrays.copyOfRange(values, n - 1 - prev, n - 1);
            Arrays.sort(window);
            median = (prev & 1) == 1 ? window[prev / 2] : 0.5 * (window[prev / 2 - 1] + window[prev / 2]);
            change = relative(values[n - 1], median);
        }
        return new Trend(values[0], values[n - 1], min, max, median, prev, change, Shift.of(change, direction));
    }

    /** {@code after / before - 1}, with 0 for 0 to 0 and an infinity for a change from 0. */
    static double relative(double after, double before) {
        if (before == 0) {
            return after == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, after);
        }
        return after / before - 1;
    }
}
