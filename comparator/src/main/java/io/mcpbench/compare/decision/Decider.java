package io.mcpbench.compare.decision;

import io.mcpbench.compare.method.Estimate;
import io.mcpbench.compare.method.Scale;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Undecided;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.normalize.Directions;
import io.mcpbench.compare.stats.BenjaminiHochberg;
import io.mcpbench.compare.stats.TInterval;
import io.mcpbench.compare.steady.SideSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The last stage: gives every row its verdict. On the test's scale, with {@code d} the
 * difference oriented so that positive is worse and {@code f} the noise floor on that scale
 * ({@code ln(1 + floor)} for log ratios, the same for a time and a throughput):
 * <pre>{@code
 *   family    the gated rows with a test (the ungated ones form a family of their own); m rows,
 *             Benjamini-Hochberg at q selects R of them
 *   [L, U]    d's interval at 1 - q max(R, 1) / m: it excludes 0 exactly when the row is selected
 *   [l, u]    d's interval at 1 - 2q (two one-sided tests at q)
 *   REGRESSED   L > 0 and U > f        (worse, and not shown to be less than the floor)
 *   IMPROVED    U < 0 and L < -f
 *   EQUIVALENT  -f < l and u < f       (and most forks settled)
 *   INCONCLUSIVE otherwise, with the units per side that would settle it
 * }</pre>
 * The interval a row shows is the one its verdict rests on ([l, u] for EQUIVALENT, [L, U]
 * otherwise), so a shown interval beyond the floor is never a pass. A metric with no better side
 * is CHANGED where it would be REGRESSED or IMPROVED.
 */
public final class Decider {

    private Decider() {
    }

    /** The verdicts of {@code rows} (in order) at false-discovery rate {@code q}. */
    public static List<RowComparison> decide(List<RowAnalysis> rows, double q) {
        Family gated = new Family(rows, q, true);
        Family ungated = new Family(rows, q, false);
        List<RowComparison> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RowAnalysis r = rows.get(i);
            out.add(decide(r, gated.member(i) ? gated : ungated, i, q));
        }
        return out;
    }

    private static RowComparison decide(RowAnalysis r, Family family, int index, double q) {
        RowComparison.Steady steady = steady(r.base(), r.cand());
        int baseForks = r.base() == null ? 0 : r.base().forks().size();
        int candForks = r.cand() == null ? 0 : r.cand().forks().size();
        Direction direction = r.pair().direction().direction();
        String unit = r.pair().unit();
        StringBuilder note = new StringBuilder(r.note());
        if (r.pair().direction().assumed()) {
            append(note, "direction assumed lower-is-better");
        }
        if (r.base() == null || r.cand() == null) {
            SideSummary present = r.base() == null ? r.cand() : r.base();
            double score = centre(present.centres());
            return new RowComparison(r.pair().key(), unit, direction, r.base() == null ? Double.NaN : score,
                    r.cand() == null ? Double.NaN : score, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, baseForks, candForks, 0, Double.NaN,
                    r.base() == null ? Verdict.NEW : Verdict.MISSING, Undecided.NO, "", steady, note.toString());
        }
        Estimate e = r.estimate();
        if (e == null) {
            double b = centre(r.base().centres());
            double c = centre(r.cand().centres());
            int settle = r.undecided() == Undecided.TOO_FEW_FORKS ? 3 : 0;
            return new RowComparison(r.pair().key(), unit, direction, b, c, c / b, Double.NaN, Double.NaN, Double.NaN,
                    change(c / b, direction), Double.NaN, Double.NaN, baseForks, candForks, settle, Double.NaN,
                    Verdict.INCONCLUSIVE, r.undecided(), "", steady, note.toString());
        }
        TInterval t = e.test();
        double f = floor(r, e);
        int worse = direction == Direction.NONE ? 1 : direction.worseSign();
        double alphaStar = family.level(q);
        double low = t.low(1 - alphaStar);
        double high = t.high(1 - alphaStar);
        double bigL = worse > 0 ? low : -high;
        double bigU = worse > 0 ? high : -low;
        double equivalence = 1 - 2 * q;
        double l = t.low(equivalence);
        double u = t.high(equivalence);
        Verdict verdict;
        double shownLow = low;
        double shownHigh = high;
        double level = 1 - alphaStar;
        int settle = 0;
        if (bigL > 0 && bigU > f) {
            verdict = direction == Direction.NONE ? Verdict.CHANGED : Verdict.REGRESSED;
        } else if (bigU < 0 && bigL < -f) {
            verdict = direction == Direction.NONE ? Verdict.CHANGED : Verdict.IMPROVED;
        } else if (l > -f && u < f && !steady.mostlyUnsteady()) {
            verdict = Verdict.EQUIVALENT;
            shownLow = l;
            shownHigh = u;
            level = equivalence;
        } else {
            verdict = Verdict.INCONCLUSIVE;
            settle = Planning.unitsToSettle(e, t.diff(), f, q / Math.max(1, family.size()), q);
            if (l > -f && u < f) {
                append(note, "most forks never settled: not shown EQUIVALENT from iterations still moving");
            }
        }
        double base = e.baseCentre();
        double cand = e.candCentre();
        double ratio = ratio(r.scale(), t.diff(), base);
        double detectable = detectable(r, e, f, q / Math.max(1, family.size()));
        if (!Double.isNaN(e.crossCheckP())) {
            append(note, String.format(Locale.ROOT, "signed-rank p %.3g", e.crossCheckP()));
        }
        append(note, e.note());
        return new RowComparison(r.pair().key(), unit, direction, base, cand, ratio,
                ratio(r.scale(), shownLow, base), ratio(r.scale(), shownHigh, base), level, change(ratio, direction),
                t.p(), family.q(index), baseForks, candForks, settle, detectable, verdict, Undecided.NO,
                e.method() + " (" + e.units() + ")", steady, note.toString());
    }

    /** The noise floor on the row's scale. */
    static double floor(RowAnalysis r, Estimate e) {
        if (r.scale() == Scale.LOG) {
            return Math.log1p(r.settings().noiseFloor());
        }
        if (Directions.isAllocation(r.pair().key())) {
            return r.settings().allocationFloor();
        }
        return r.settings().noiseFloor() * Math.abs(e.baseCentre());
    }

    private static double detectable(RowAnalysis r, Estimate e, double f, double alpha) {
        double delta = Math.max(f, Planning.detectable(e, alpha));
        if (r.scale() == Scale.LOG) {
            return Math.expm1(delta);
        }
        return e.baseCentre() == 0 ? Double.NaN : delta / Math.abs(e.baseCentre());
    }

    /** Candidate over baseline for a difference {@code diff} on the scale. */
    private static double ratio(Scale scale, double diff, double base) {
        if (scale == Scale.LOG) {
            return Math.exp(diff);
        }
        return base == 0 ? Double.NaN : (base + diff) / base;
    }

    /** Relative change, positive when worse (for a metric with no better side: the plain change). */
    private static double change(double ratio, Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? 1.0 - ratio : ratio - 1.0;
    }

    private static double centre(double[] centres) {
        if (centres.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double c : centres) s += c;
        return s / centres.length;
    }

    private static RowComparison.Steady steady(SideSummary base, SideSummary cand) {
        return new RowComparison.Steady(base == null ? 0 : base.dropped(), cand == null ? 0 : cand.dropped(),
                base == null ? 0 : base.iterations(), cand == null ? 0 : cand.iterations(),
                base == null ? 0 : base.unsteady(), cand == null ? 0 : cand.unsteady(),
                (base != null && base.mostlyUnsteady()) || (cand != null && cand.mostlyUnsteady()));
    }

    private static void append(StringBuilder sb, String s) {
        if (s == null || s.isEmpty()) {
            return;
        }
        if (sb.length() > 0) sb.append("; ");
        sb.append(s);
    }

    /** One Benjamini-Hochberg family: the tested rows that are gated (or those that are not). */
    private static final class Family {
        private final boolean[] member;
        private final double[] q;
        private final int size;
        private final int selected;

        Family(List<RowAnalysis> rows, double fdr, boolean gated) {
            member = new boolean[rows.size()];
            double[] p = new double[rows.size()];
            int n = 0;
            for (int i = 0; i < rows.size(); i++) {
                RowAnalysis r = rows.get(i);
                boolean in = r.tested() && gatedRow(r) == gated;
                member[i] = in;
                p[i] = in ? r.estimate().test().p() : Double.NaN;
                if (in) n++;
            }
            size = n;
            q = BenjaminiHochberg.adjust(p);
            int s = 0;
            for (int i = 0; i < q.length; i++) {
                if (member[i] && q[i] <= fdr) s++;
            }
            selected = s;
        }

        boolean member(int i) {
            return member[i];
        }

        int size() {
            return size;
        }

        double q(int i) {
            return q[i];
        }

        /** The interval level's complement that makes an interval exclude 0 exactly for selected rows. */
        double level(double fdr) {
            return fdr * Math.max(selected, 1) / Math.max(size, 1);
        }
    }

    /** A row is in the gated family when the policy gates it and its metric has a better side. */
    static boolean gatedRow(RowAnalysis r) {
        return r.gated() && r.pair().direction().direction() != Direction.NONE;
    }
}
