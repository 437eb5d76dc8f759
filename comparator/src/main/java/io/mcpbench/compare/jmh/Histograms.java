package io.mcpbench.compare.jmh;

/**
 * Summaries of one SampleTime iteration's histogram, {@code [[value, count], ...]} with finite
 * values and positive counts, in any order.
 */
public final class Histograms {

    private Histograms() {
    }

    /** The count-weighted mean of the values. */
    public static double mean(double[][] pairs) {
        double sum = 0;
        double count = 0;
        for (double[] p : pairs) {
            sum += p[0] * p[1];
            count += p[1];
        }
        return sum / count;
    }

    /**
     * The quantile {@code q} (0 to 1) as JMH computes it for SampleTime histograms, so derived rows
     * agree with JMH's own percentile metrics: position {@code q * (N + 1)} among the N samples
     * (1-based), interpolated linearly between the samples at its floor and the next one; the
     * minimum for {@code q = 0}.
     */
    public static double percentile(double[][] pairs, double q) {
        double[][] sorted = pairs;
        for (int i = 1; i < pairs.length; i++) {
            if (pairs[i][0] < pairs[i - 1][0]) {
                sorted = pairs.clone();
                java.util.Arrays.sort(sorted, (a, b) -> Double.compare(a[0], b[0]));
                break;
            }
        }
        if (q <= 0) {
            return sorted[0][0];
        }
        double total = 0;
        for (double[] p : sorted) {
            total += p[1];
        }
        double pos = q * (total + 1);
        double floor = Math.floor(pos);
        double lo = atRank(sorted, floor);
        double hi = atRank(sorted, floor + 1);
        return lo + (hi - lo) * (pos - floor);
    }

    /** The first value whose cumulative count reaches {@code rank}; the maximum past the end. */
    private static double atRank(double[][] sorted, double rank) {
        double cumulative = 0;
        for (double[] p : sorted) {
            cumulative += p[1];
            if (cumulative >= rank) {
                return p[0];
            }
        }
        return sorted[sorted.length - 1][0];
    }
}
