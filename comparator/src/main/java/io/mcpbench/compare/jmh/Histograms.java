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
     * The nearest-rank quantile: the smallest value whose cumulative count reaches
     * {@code ceil(q * total)} (at least one sample).
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
        double total = 0;
        for (double[] p : sorted) {
            total += p[1];
        }
        double rank = Math.max(1, Math.ceil(q * total));
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
