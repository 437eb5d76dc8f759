package io.mcpbench.compare.merge;

import java.util.List;

/**
 * JMH's percentile of weighted samples ({@code [value, count]} pairs, as in
 * {@code rawDataHistogram}): interpolation between the order statistics around position
 * {@code p (n + 1) / 100}, the minimum at 0 and the maximum past the end, so a value computed
 * here equals the one JMH prints for the same samples.
 */
public final class JmhPercentiles {

    private JmhPercentiles() {
    }

    /**
     * Percentile {@code percent} (0..100) of {@code pairs} sorted by value, with {@code n} the sum
     * of the counts; NaN when there are no samples.
     */
    public static double of(List<double[]> pairs, double n, double percent) {
        if (pairs.isEmpty() || !(n > 0)) return Double.NaN;
        if (percent <= 0) return pairs.get(0)[0];
        double pos = Math.min(percent, 100) * (n + 1) / 100;
        double floor = Math.floor(pos);
        double lo = atRank(pairs, floor);
        return lo + (atRank(pairs, floor + 1) - lo) * (pos - floor);
    }

    /** The value of the 1-based {@code rank}-th smallest sample (the first below 1, the largest past the end). */
    private static double atRank(List<double[]> sortedPairs, double rank) {
        double seen = 0;
        for (double[] pair : sortedPairs) {
            seen += pair[1];
            if (seen >= rank) return pair[0];
        }
        return sortedPairs.get(sortedPairs.size() - 1)[0];
    }
}
