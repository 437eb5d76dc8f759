package io.mcpbench.compare.history;

/**
 * The divergence statistic of E-divisive means with {@code alpha = 1}: for a segment split into
 * {@code X} (size {@code m}) and {@code Y} (size {@code n}),
 * <pre>
 *   E = 2/(m n) sum|x_i - y_j| - 1/C(m,2) sum_{i&lt;k}|x_i - x_k| - 1/C(n,2) sum_{j&lt;k}|y_j - y_k|
 *   Q = m n / (m + n) * E
 * </pre>
 * {@link #best} finds the split of largest {@code Q} in {@code O(s^2)} for a segment of size
 * {@code s}: one pass over the pairs gives, per point, the distance sums to the points before and
 * after it in the segment, and the within-left, within-right and between sums of every split then
 * follow by running sums. An instance holds scratch space for one thread.
 */
final class EnergyStatistic {

    private double[] before;
    private double[] after;
    private double bestValue;

    EnergyStatistic(int capacity) {
        before = new double[Math.max(capacity, 1)];
        after = new double[Math.max(capacity, 1)];
    }

    /**
     * The split {@code tau} of {@code x[from, to)} with the largest {@code Q}, each side holding at
     * least {@code minSegment} values; -1 when the segment is too short. {@link #bestValue()} then
     * holds that {@code Q}.
     */
    int best(double[] x, int from, int to, int minSegment) {
        bestValue = Double.NEGATIVE_INFINITY;
        int size = to - from;
        if (size < 2 * minSegment) {
            return -1;
        }
        double total = sums(x, from, to);
        double[] b = before;
        double[] a = after;
        double withinLeft = 0;
        double withinRight = total;
        int bestTau = -1;
        for (int tau = from; tau < to - minSegment; tau++) {
            if (tau - from >= minSegment) {
                double q = q(tau - from, to - tau, withinLeft, withinRight, total);
                if (q > bestValue) {
                    bestValue = q;
                    bestTau = tau;
                }
            }
            withinLeft += b[tau - from];
            withinRight -= a[tau - from];
        }
        int tau = to - minSegment;
        double q = q(tau - from, to - tau, withinLeft, withinRight, total);
        if (q > bestValue) {
            bestValue = q;
            bestTau = tau;
        }
        return bestTau;
    }

    /** {@code Q} of the split found by the last {@link #best} call. */
    double bestValue() {
        return bestValue;
    }

    /**
     * {@code Q} for every split of {@code x} (index {@code tau}: the right part starts there);
     * NaN where a side would hold fewer than two values.
     */
    double[] profile(double[] x) {
        int n = x.length;
        double[] out = new double[n + 1];
        java.util.Arrays.fill(out, Double.NaN);
        if (n < 4) {
            return out;
        }
        ensure(n);
        double total = sums(x, 0, n);
        double withinLeft = 0;
        double withinRight = total;
        for (int tau = 0; tau <= n - 2; tau++) {
            if (tau >= 2) {
                out[tau] = q(tau, n - tau, withinLeft, withinRight, total);
            }
            withinLeft += before[tau];
            withinRight -= after[tau];
        }
        return out;
    }

    private void ensure(int n) {
        if (before.length < n) {
            before = new double[n];
            after = new double[n];
        }
    }

    /** Fills before/after distance sums for x[from, to) and returns the sum over all pairs. */
    private double sums(double[] x, int from, int to) {
        int size = to - from;
        ensure(size);
        double[] b = before;
        double[] a = after;
        for (int i = 0; i < size; i++) {
            b[i] = 0;
            a[i] = 0;
        }
        double total = 0;
        for (int j = 1; j < size; j++) {
            double xj = x[from + j];
            double s = 0;
            for (int i = 0; i < j; i++) {
                double d = Math.abs(x[from + i] - xj);
                s += d;
                a[i] += d;
            }
            b[j] = s;
            total += s;
        }
        return total;
    }

    private static double q(int m, int n, double withinLeft, double withinRight, double total) {
        double between = total - withinLeft - withinRight;
        double e = 2 * between / ((double) m * n)
                - withinLeft / (0.5 * m * (m - 1))
                - withinRight / (0.5 * n * (n - 1));
        return (double) m * n / (m + n) * e;
    }
}
