package io.mcpbench.compare.analysis;

import io.mcpbench.compare.decision.Decider;
import io.mcpbench.compare.decision.RowAnalysis;
import io.mcpbench.compare.method.Estimate;
import io.mcpbench.compare.method.Methods;
import io.mcpbench.compare.method.Moderation;
import io.mcpbench.compare.method.RowSample;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.method.Scale;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Undecided;
import io.mcpbench.compare.normalize.Directions;
import io.mcpbench.compare.pairing.RowPair;
import io.mcpbench.compare.pairing.RowPairer;
import io.mcpbench.compare.settings.Settings;
import io.mcpbench.compare.steady.SideSummary;
import io.mcpbench.compare.steady.SteadyState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Compares a candidate result file with a baseline, as a pipeline of stages each in a package of
 * its own:
 * <pre>
 *   pairing   rows matched by key, one unit, a direction            {@link RowPairer}
 *   steady    per fork: warm-up dropped, unsteady forks flagged,     {@link SteadyState}
 *             a robust centre of what is kept
 *   method    paired rounds or independent forks, on log ratios     {@link Methods}
 *             (bytes per op and non-positive values: on the values),
 *             variances moderated across rows                        {@link Moderation}
 *   decision  Benjamini-Hochberg over the gated rows, verdicts,     {@link Decider}
 *             forks to settle, the smallest detectable change
 * </pre>
 * A row is not tested when a side has fewer than two settled forks, and cannot be computed when a
 * value, a centre or a ratio is not a finite number; both are said in the row and left to the gate,
 * which fails closed on gated rows. Rows are analysed in parallel on the common pool; the result
 * does not depend on scheduling. Instances are stateless.
 */
public final class ComparisonEngine {

    /**
     * A fork this many times slower or faster than the median fork of its side makes the row
     * untrusted: JIT modes differ by percents to tens of percents, not by multiples.
     */
    public static final double WILD_FORK_FACTOR = 3.0;

    /** Compares {@code cand} against {@code base} with {@link Settings#DEFAULTS} and no history. */
    public ComparisonResult compare(ResultFile base, ResultFile cand) {
        return compare(base, cand, Settings.DEFAULTS);
    }

    /** Compares {@code cand} against {@code base} under {@code settings}, with no history. */
    public ComparisonResult compare(ResultFile base, ResultFile cand, Settings settings) {
        return compare(base, cand, settings, null);
    }

    /**
     * Compares {@code cand} against {@code base} under {@code settings}, each row under its
     * benchmark's overrides; {@code runLevel} is the run-to-run variance of a history, or null.
     *
     * @throws io.mcpbench.compare.normalize.IncompatibleUnitsException when a row's sides have
     *         units no conversion relates
     */
    public ComparisonResult compare(ResultFile base, ResultFile cand, Settings settings, RunLevel runLevel) {
        List<RowPair> pairs = RowPairer.pair(base, cand);
        Methods methods = Methods.standard(runLevel);
        RowAnalysis[] analyses = new RowAnalysis[pairs.size()];
        IntStream.range(0, analyses.length).parallel().forEach(i ->
                analyses[i] = analyse(pairs.get(i), settings.forBenchmark(pairs.get(i).key().benchmark()), methods));
        List<RowAnalysis> list = moderate(List.of(analyses));
        List<RowComparison> rows = Decider.decide(list, settings.q());
        Map<RowKey, RowEvidence> evidence = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            evidence.put(rows.get(i).key(), evidence(analyses[i]));
        }
        return new ComparisonResult(rows, GeometricMean.of(rows, settings), evidence, runLevel != null);
    }

    /** The analyses with their variances moderated across rows ({@link Moderation}). */
    private static List<RowAnalysis> moderate(List<RowAnalysis> analyses) {
        List<Estimate> estimates = new ArrayList<>(analyses.size());
        boolean[] log = new boolean[analyses.size()];
        for (int i = 0; i < analyses.size(); i++) {
            estimates.add(analyses.get(i).estimate());
            log[i] = analyses.get(i).scale() == Scale.LOG;
        }
        List<Estimate> moderated = Moderation.apply(estimates, log);
        List<RowAnalysis> out = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            RowAnalysis a = analyses.get(i);
            out.add(moderated.get(i) == a.estimate() ? a : new RowAnalysis(a.pair(), a.base(), a.cand(), a.scale(),
                    moderated.get(i), a.settings(), a.undecided(), a.note()));
        }
        return out;
    }

    private static RowAnalysis analyse(RowPair pair, Settings rs, Methods methods) {
        SideSummary base = pair.base() == null ? null : SteadyState.summarise(pair.base());
        SideSummary cand = pair.cand() == null ? null : SteadyState.summarise(pair.cand());
        if (!pair.bothSides()) {
            return new RowAnalysis(pair, base, cand, Scale.LINEAR, null, rs, Undecided.NO, "");
        }
        StringBuilder note = new StringBuilder();
        int nonFinite = pair.base().nonFinite() + pair.cand().nonFinite();
        if (nonFinite > 0) {
            append(note, nonFinite + " value(s) not finite (NaN or infinite) left out");
            if (rs.gates(pair.key().metric())) {
                return undecided(pair, base, cand, rs, Undecided.NOT_COMPUTABLE, note);
            }
        }
        append(note, base.unsteadyNote("baseline"));
        append(note, cand.unsteadyNote("candidate"));
        double[] b = base.centres();
        double[] c = cand.centres();
        if (!finite(b) || !finite(c)) {
            append(note, "a fork's centre is not a finite number");
            return undecided(pair, base, cand, rs, Undecided.NOT_COMPUTABLE, note);
        }
        boolean allocation = Directions.isAllocation(pair.key());
        Scale scale = !allocation && positive(b) && positive(c) ? Scale.LOG : Scale.LINEAR;
        if (scale == Scale.LOG) {
            String wild = wildFork("baseline", b);
            if (wild == null) wild = wildFork("candidate", c);
            if (wild != null) {
                append(note, wild);
                return undecided(pair, base, cand, rs, Undecided.WILD_FORK, note);
            }
        }
        if (b.length < 2 || c.length < 2) {
            append(note, "fewer than 2 settled forks a side (" + b.length + " and " + c.length
                    + "): one fork cannot show how far two JVMs of the same code differ");
            return undecided(pair, base, cand, rs, Undecided.TOO_FEW_FORKS, note);
        }
        Estimate e = methods.estimate(new RowSample(pair, base, cand, scale));
        if (e == null) {
            append(note, "no pairing or fork count a method accepts");
            return undecided(pair, base, cand, rs, Undecided.TOO_FEW_FORKS, note);
        }
        boolean zeroBase = scale == Scale.LINEAR && !allocation && e.baseCentre() == 0;
        if (!Double.isFinite(e.test().diff()) || !Double.isFinite(e.test().se()) || !Double.isFinite(e.baseCentre())
                || !Double.isFinite(e.candCentre()) || zeroBase) {
            append(note, zeroBase ? "zero baseline: a relative change is undefined" : "the difference is not a finite number");
            return undecided(pair, base, cand, rs, Undecided.NOT_COMPUTABLE, note);
        }
        return new RowAnalysis(pair, base, cand, scale, e, rs, Undecided.NO, note.toString());
    }

    private static RowAnalysis undecided(RowPair pair, SideSummary base, SideSummary cand, Settings rs,
                                         Undecided why, StringBuilder note) {
        return new RowAnalysis(pair, base, cand, Scale.LINEAR, null, rs, why, note.toString());
    }

    /**
     * A description of the first fork of a side that lies more than {@link #WILD_FORK_FACTOR}
     * times from the side's median fork (three forks or more), or null.
     */
    static String wildFork(String side, double[] centres) {
        if (centres.length < 3) {
            return null;
        }
        double[] s = centres.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        double median = (n & 1) == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
        for (double v : centres) {
            double factor = Math.max(v / median, median / v);
            if (factor > WILD_FORK_FACTOR) {
                return String.format(java.util.Locale.ROOT, "a %s fork is %.3gx its side's median fork: a broken fork "
                        + "or a stalled machine, not noise; rerun", side, factor);
            }
        }
        return null;
    }

    private static RowEvidence evidence(RowAnalysis a) {
        return new RowEvidence(a.pair().key(), a.pair().unit(), a.base() == null ? new double[0] : a.base().means(),
                a.cand() == null ? new double[0] : a.cand().means(), a.pair().direction().assumed());
    }

    private static boolean finite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) return false;
        }
        return true;
    }

    private static boolean positive(double[] x) {
        for (double v : x) {
            if (!(v > 0)) return false;
        }
        return true;
    }

    private static void append(StringBuilder sb, String s) {
        if (s.isEmpty()) return;
        if (sb.length() > 0) sb.append("; ");
        sb.append(s);
    }
}
