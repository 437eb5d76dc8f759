package io.mcpbench.compare.steady;

import io.mcpbench.compare.model.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-fork stage of a comparison: drops each fork's warm-up transient ({@link Mser}, run on
 * the iterations smoothed by a running median of three, so that one late spike cannot make the
 * whole series look unsettled and pull the truncation to its start), flags a fork whose kept
 * iterations still trend ({@link MannKendall}), and summarises what is kept by a robust centre
 * ({@link TrimmedMean}).
 *
 * <p>A fork is UNSTEADY when its kept iterations trend at p &lt; {@value #TREND_P}, or at
 * p &lt; {@value #TREND_P_AT_BOUND} when MSER had to cut all the way to the half-way bound (the
 * transient may not have ended). On simulated forks of 10 iterations ({@code SteadyStateTest}) it
 * flags about 3% of steady forks with 1% noise and 10% of iterations spiked by 20%, and 95% of
 * forks still warming up through the whole measurement (a 40% excess decaying over 5 iterations).
 */
public final class SteadyState {

    /** Forks with fewer measured iterations are kept whole and not checked. */
    public static final int MIN_ITERATIONS = 5;
    /** Trend p-value under which kept iterations are not steady. */
    public static final double TREND_P = 0.05;
    /** The same when the truncation reached the half-way bound. */
    public static final double TREND_P_AT_BOUND = 0.10;
    /** Most points the trend test runs on; longer series are tested on their batch means. */
    static final int TREND_POINTS = 200;

    private SteadyState() {
    }

    /** One fork's summary. */
    public static ForkSummary summarise(double[] iterations, String label) {
        int n = iterations.length;
        if (n < MIN_ITERATIONS) {
            return new ForkSummary(label, TrimmedMean.of(iterations), TrimmedMean.mean(iterations, 0, n), n, 0,
                    Steadiness.UNCHECKED);
        }
        Mser.Truncation t = Mser.of(runningMedian(iterations));
        double[] kept = java.util.Arrays.copyOfRange(iterations, t.dropped(), n);
        double p = MannKendall.p(batchMeans(kept, TREND_POINTS));
        boolean unsteady = p < TREND_P || (t.atBound() && p < TREND_P_AT_BOUND);
        return new ForkSummary(label, TrimmedMean.of(kept), TrimmedMean.mean(kept, 0, kept.length), n, t.dropped(),
                unsteady ? Steadiness.UNSTEADY : Steadiness.STEADY);
    }

    /** The kept iterations of each fork of {@code row} the comparison would use (settled forks, warm-up dropped). */
    public static double[][] keptIterations(Row row) {
        List<double[]> all = new ArrayList<>();
        List<double[]> settled = new ArrayList<>();
        for (double[] f : row.forks()) {
            if (f.length == 0) continue;
            ForkSummary s = summarise(f, null);
            double[] kept = java.util.Arrays.copyOfRange(f, s.dropped(), f.length);
            all.add(kept);
            if (s.steadiness() != Steadiness.UNSTEADY) settled.add(kept);
        }
        int unsteady = all.size() - settled.size();
        List<double[]> use = unsteady > 0 && (2 * unsteady > all.size() || settled.size() < 2) ? all : settled;
        return use.toArray(new double[0][]);
    }

    /**
     * {@code x} itself when it has at most {@code points} values, else the means of {@code points}
     * consecutive batches of equal size (a remainder at the end is left out): the trend test counts
     * pairs, so a fork of two million iterations is tested on its batch means.
     */
    static double[] batchMeans(double[] x, int points) {
        if (x.length <= points) {
            return x;
        }
        int b = x.length / points;
        double[] out = new double[points];
        for (int j = 0; j < points; j++) {
            out[j] = TrimmedMean.mean(x, j * b, (j + 1) * b);
        }
        return out;
    }

    /** Each value replaced by the median of it and its two neighbours; the ends are kept. */
    static double[] runningMedian(double[] x) {
        double[] out = x.clone();
        for (int i = 1; i < x.length - 1; i++) {
            double a = x[i - 1];
            double b = x[i];
            double c = x[i + 1];
            out[i] = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
        }
        return out;
    }

    /** Every non-empty fork of {@code row}, summarised. */
    public static SideSummary summarise(Row row) {
        List<ForkSummary> out = new ArrayList<>(row.forks().length);
        for (int f = 0; f < row.forks().length; f++) {
            if (row.forks()[f].length > 0) {
                out.add(summarise(row.forks()[f], row.label(f)));
            }
        }
        return new SideSummary(out);
    }
}
