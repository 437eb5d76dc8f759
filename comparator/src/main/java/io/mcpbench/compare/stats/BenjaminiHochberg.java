package io.mcpbench.compare.stats;

/**
 * Benjamini-Hochberg adjusted p-values (q-values), controlling the false discovery rate over
 * all rows of a run: with many rows some raw p-values fall below 0.05 by chance alone.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /**
     * Adjusted p-values in the input's order. NaN entries stay NaN and do not count among the
     * tests.
     */
    public static double[] adjust(double[] p) {
        int m = 0;
        for (double v : p) {
            if (!Double.isNaN(v)) m++;
        }
        double[] q = new double[p.length];
        java.util.Arrays.fill(q, Double.NaN);
        if (m == 0) {
            return q;
        }
        int[] order = new int[m];
        double[] values = new double[m];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[k] = i;
                values[k++] = p[i];
            }
        }
        sortByValue(order, values);
        double running = 1.0;
        for (int r = m - 1; r >= 0; r--) {
            double adj = values[r] * m / (r + 1);
            running = Math.min(running, adj);
            q[order[r]] = Math.min(1.0, running);
        }
        return q;
    }

    /** Sorts {@code values} ascending, permuting {@code order} alongside (once per run, not a hot path). */
    private static void sortByValue(int[] order, double[] values) {
        int n = values.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        double[] v = values.clone();
        int[] o = order.clone();
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        for (int i = 0; i < n; i++) {
            order[i] = o[idx[i]];
            values[i] = v[idx[i]];
        }
    }
}
