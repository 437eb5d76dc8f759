package io.mcpbench.compare.method;

import io.mcpbench.compare.stats.TInterval;
import io.mcpbench.compare.stats.Samples;
import io.mcpbench.compare.stats.TTests;
import io.mcpbench.compare.steady.ForkSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Forks measured in rounds (an A/B run: each round runs the baseline and the candidate back to
 * back) are compared round by round: the per-round differences on the scale (log ratios for
 * positive values) are tested against zero by the paired t test. Drift of the machine between
 * rounds (heat, a neighbour's load) falls on both forks of a round and cancels. Forks are paired
 * by their labels, never by position; a round missing a settled fork on either side is left out.
 * The exact Wilcoxon signed-rank p-value of the same differences is reported beside it.
 */
public final class PairedRounds implements Method {

    /** The method's name in reports. */
    public static final String NAME = "paired rounds";

    @Override
    public Estimate estimate(RowSample s) {
        Map<String, ForkSummary> base = byLabel(s.base().usable());
        Map<String, ForkSummary> cand = byLabel(s.cand().usable());
        if (base == null || cand == null) {
            return null;
        }
        List<double[]> pairs = new ArrayList<>();
        for (Map.Entry<String, ForkSummary> e : cand.entrySet()) {
            ForkSummary b = base.get(e.getKey());
            if (b != null) {
                pairs.add(new double[] {s.onScale(b.centre()), s.onScale(e.getValue().centre())});
            }
        }
        if (pairs.size() < 2) {
            return null;
        }
        double[] d = new double[pairs.size()];
        double[] b = new double[d.length];
        double[] c = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            b[i] = pairs.get(i)[0];
            c[i] = pairs.get(i)[1];
            d[i] = c[i] - b[i];
        }
        TInterval t = TTests.oneSample(d);
        double cross = signedRankP(d);
        int unpaired = Math.max(base.size(), cand.size()) - d.length;
        String note = unpaired > 0 ? unpaired + " fork(s) without a settled partner left out" : "";
        return Estimate.of(NAME, t, Samples.variance(d), t.df(), true, back(s, mean(b)),
                back(s, mean(b) + t.diff()), d.length, true, cross, note);
    }

    /** Exact (or, with ties or zeros, tie-corrected normal) two-sided Wilcoxon signed-rank p-value. */
    static double signedRankP(double[] d) {
        boolean allZero = true;
        for (double v : d) allZero &= v == 0;
        if (allZero) {
            return 1.0;
        }
        return WilcoxonSignedRankTest.withDefaults().test(d).getPValue();
    }

    private static Map<String, ForkSummary> byLabel(List<ForkSummary> forks) {
        Map<String, ForkSummary> out = new LinkedHashMap<>();
        for (ForkSummary f : forks) {
            if (f.label() == null) {
                return null;
            }
            out.put(f.label(), f);
        }
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double back(RowSample s, double onScale) {
        return s.scale() == Scale.LOG ? Math.exp(onScale) : onScale;
    }
}
