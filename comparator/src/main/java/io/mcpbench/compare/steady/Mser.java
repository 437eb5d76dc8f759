package io.mcpbench.compare.steady;

/**
 * The MSER truncation rule (White 1997; MSER-5 in Franklin and White 2008): the warm-up
 * transient of a series is the prefix whose removal minimises the marginal standard error
 * {@code MSER(d) = sum_{i>d} (y_i - mean_d)^2 / (k - d)^2} of what is left. Among the 42 rules
 * Hoad, Robinson and Davies (2010) compared, MSER-5 was the most reliable, and unlike a
 * change-point search it needs no model of the transient's shape: a JIT's warm-up may fall in
 * steps, decay smoothly, or first rise.
 *
 * <p>JMH writes few iterations per fork (3 to 30), so below {@link #BATCHING_FROM} iterations the
 * rule runs on the iterations themselves (batches of 1); from there, on batch means of 5, as
 * MSER-5 prescribes for long series. The truncation point is searched in the first half only:
 * past it, the few values left can have a small variance by chance (the rule's known end
 * effect), and a transient that lasts longer than half the series is not one the series can
 * measure past.
 */
public final class Mser {

    /** Series of this many iterations or more are batched in fives (MSER-5). */
    public static final int BATCHING_FROM = 50;
    private static final int BATCH = 5;

    private Mser() {
    }

    /**
     * The truncation of {@code x}.
     *
     * @param dropped   iterations to drop from the start (a multiple of the batch size)
     * @param atBound   true when the minimum lies on the half-way bound of the search: the
     *                  transient may not have ended inside the series
     */
    public record Truncation(int dropped, boolean atBound) {
    }

    /** The MSER truncation of {@code x} (two or more values). */
    public static Truncation of(double[] x) {
        int n = x.length;
        if (n < 2) {
            return new Truncation(0, false);
        }
        int b = n >= BATCHING_FROM ? BATCH : 1;
        int k = n / b;
        double[] y = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int i = j * b; i < (j + 1) * b; i++) {
                s += x[i];
            }
            y[j] = s / b;
        }
        int bound = k / 2;
        // centre on the last batch mean so the sums of squares keep their precision
        double shift = y[k - 1];
        double s1 = 0;
        double s2 = 0;
        double[] sum = new double[k + 1];
        double[] sumSq = new double[k + 1];
        for (int j = k - 1; j >= 0; j--) {
            double v = y[j] - shift;
            s1 += v;
            s2 += v * v;
            sum[j] = s1;
            sumSq[j] = s2;
        }
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= bound; d++) {
            int m = k - d;
            double ss = Math.max(0.0, sumSq[d] - sum[d] * sum[d] / m);
            double value = ss / ((double) m * m);
            if (value < bestValue) {
                bestValue = value;
                best = d;
            }
        }
        return new Truncation(best * b, best == bound && bound > 0);
    }
}
