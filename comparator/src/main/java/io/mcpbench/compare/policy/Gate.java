package io.mcpbench.compare.policy;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.settings.Rule;
import io.mcpbench.compare.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a policy to a comparison. A gated row fails when it is REGRESSED and not allowed, or
 * MISSING (its primary score or a gated metric) and not allowed; it fails closed when it has too
 * few forks for any test (unless the rules pass such runs) or a value that is not a finite number;
 * an INCONCLUSIVE gated row does what the rules say. Every limit must hold on every candidate row
 * it names, and one that cannot be checked on a row it names fails too. Absent ungated secondary
 * metrics (GC churn pools, {@code gc.time}: present only when a collection happened) are reported
 * but do not fail, since their presence is itself noise.
 */
public final class Gate {

    /**
     * Candidate values no compared row carries, such as a pooled percentile of a sample-mode
     * benchmark for which the reader made no percentile row ({@code p(95)}, {@code max}).
     */
    @FunctionalInterface
    public interface ExtraValues {
        /** The candidate's {@code metric} of the benchmark row {@code primary}, or null if unknown. */
        Measured value(RowKey primary, String metric);
    }

    /** A value with its unit. */
    public record Measured(double value, String unit) {
    }

    private Gate() {
    }

    /** The decision for {@code rows} (as compared) under {@code policy}'s own settings. */
    public static GateResult evaluate(List<RowComparison> rows, Policy policy) {
        return evaluate(rows, policy, policy.settings(), (key, metric) -> null);
    }

    /**
     * The decision for {@code rows} under {@code settings} (which metrics are gated, what
     * unsettled rows do) and {@code policy}'s allowances and limits; limits on a metric that no
     * row of a benchmark carries are checked on {@code extra}'s value for that benchmark's
     * primary row.
     */
    public static GateResult evaluate(List<RowComparison> rows, Policy policy, Settings settings, ExtraValues extra) {
        return evaluate(rows, policy, settings, extra, Map.of());
    }

    /**
     * The same, where {@code sums} holds the candidate rows whose metric JMH folds as a sum over
     * every iteration of every fork ({@link io.mcpbench.compare.model.Row#summed()}) with that sum:
     * a limit on one is checked on the figure JMH prints, not on a centre per iteration (a figure
     * such a benchmark reports once, in its last iteration, has a centre of 0).
     */
    public static GateResult evaluate(List<RowComparison> rows, Policy policy, Settings settings, ExtraValues extra,
                                      Map<RowKey, Measured> sums) {
        List<GatedRow> gated = new ArrayList<>(rows.size());
        for (RowComparison c : rows) {
            gated.add(decide(c, policy, settings));
        }
        List<LimitCheck> checks = new ArrayList<>();
        for (Limit limit : policy.limits()) {
            for (RowComparison c : rows) {
                LimitCheck check = check(limit, c, sums.get(c.key()));
                if (check != null) checks.add(check);
            }
            for (RowComparison c : rows) {
                LimitCheck check = checkExtra(limit, c, rows, extra);
                if (check != null) checks.add(check);
            }
        }
        return new GateResult(gated, checks, policy.limits());
    }

    private static GatedRow decide(RowComparison c, Policy policy, Settings settings) {
        RowKey key = c.key();
        boolean isGated = settings.forBenchmark(key.benchmark()).gates(key.metric());
        Verdict v = c.verdict();
        if (v == Verdict.MISSING) {
            String reason = policy.allowedMissing(key.benchmark(), key.metric());
            boolean counts = isGated || key.isPrimary();
            return new GatedRow(c, isGated, counts ? reason : null,
                    counts && reason == null ? Outcome.FAIL : Outcome.PASS);
        }
        if (!isGated) {
            return new GatedRow(c, false, null, Outcome.PASS);
        }
        if (v == Verdict.REGRESSED) {
            String reason = policy.allowedRegression(key.benchmark(), key.metric());
            return new GatedRow(c, true, reason, reason == null ? Outcome.FAIL : Outcome.PASS);
        }
        if (c.untrusted()) {
            return new GatedRow(c, true, null, Outcome.UNTRUSTED);
        }
        if (c.tooFewForks()) {
            return new GatedRow(c, true, null, settings.tooFewForks() == Rule.PASS ? Outcome.PASS : Outcome.CANNOT_GATE);
        }
        if (v == Verdict.INCONCLUSIVE) {
            Outcome o = switch (settings.inconclusive()) {
                case FAIL -> Outcome.FAIL;
                case WARN -> Outcome.WARN;
                case PASS -> Outcome.PASS;
            };
            return new GatedRow(c, true, null, o);
        }
        return new GatedRow(c, true, null, Outcome.PASS);
    }

    private static LimitCheck checkExtra(Limit limit, RowComparison c, List<RowComparison> rows, ExtraValues extra) {
        RowKey key = c.key();
        Aggregate aggregate = limit.threshold().aggregate();
        if (!key.isPrimary() || c.verdict() == Verdict.MISSING || aggregate.matchesMetric(key.metric())
                || !limit.appliesTo(key)) {
            return null;
        }
        for (RowComparison other : rows) {
            RowKey k = other.key();
            if (aggregate.matchesMetric(k.metric()) && k.benchmark().equals(key.benchmark()) && k.mode().equals(key.mode())
                    && k.params().equals(key.params()) && k.threads() == key.threads()) {
                return null;
            }
        }
        Measured m = extra.value(key, aggregate.metric());
        if (m == null) return null;
        RowKey at = key.withMetric(aggregate.metric());
        if (!Double.isFinite(m.value()) && limit.threshold().names(m.unit())) {
            return LimitCheck.unchecked(limit, at, m.unit(), "the candidate's value is not a finite number");
        }
        return measure(limit, at, m.value(), m.unit());
    }

    private static LimitCheck check(Limit limit, RowComparison c, Measured sum) {
        RowKey key = c.key();
        if (c.verdict() == Verdict.MISSING || !limit.appliesTo(key)
                || !limit.threshold().aggregate().matchesMetric(key.metric())) {
            return null;
        }
        Measured m = sum != null ? sum : new Measured(c.candScore(), c.unit());
        if (!Double.isFinite(m.value()) && limit.threshold().names(m.unit())) {
            return LimitCheck.unchecked(limit, key, m.unit(), "the candidate's value is not a finite number");
        }
        return measure(limit, key, m.value(), m.unit());
    }

    private static LimitCheck measure(Limit limit, RowKey key, double value, String unit) {
        if (!limit.threshold().names(unit)) {
            return null;
        }
        double bound = limit.threshold().boundIn(unit);
        if (Double.isNaN(bound)) {
            return LimitCheck.unchecked(limit, key, unit, "the threshold's unit does not convert to " + unit);
        }
        return new LimitCheck(limit, key, value, bound, unit, limit.threshold().op().holds(value, bound));
    }
}
