package io.mcpbench.compare.policy;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a policy to a comparison. A row fails when it is REGRESSED on a gated metric and not
 * allowed, or MISSING (its primary score or a gated metric) and not allowed; every limit must
 * hold on every candidate row it applies to. A missing benchmark therefore never passes by
 * default. Absent ungated secondary metrics (GC churn pools, {@code gc.time}: present only when
 * a collection happened) are reported but do not fail, since their presence is itself noise.
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

    /** The decision for {@code rows} (as compared) under {@code policy}. */
    public static GateResult evaluate(List<RowComparison> rows, Policy policy) {
        return evaluate(rows, policy, (key, metric) -> null);
    }

    /**
     * The decision for {@code rows} under {@code policy}; limits on a metric that no row of a
     * benchmark carries are checked on {@code extra}'s value for that benchmark's primary row.
     */
    public static GateResult evaluate(List<RowComparison> rows, Policy policy, ExtraValues extra) {
        List<GatedRow> gated = new ArrayList<>(rows.size());
        for (RowComparison c : rows) {
            gated.add(decide(c, policy));
        }
        List<LimitCheck> checks = new ArrayList<>();
        List<Limit> unmatched = new ArrayList<>();
        for (Limit limit : policy.limits()) {
            int applied = 0;
            for (RowComparison c : rows) {
                LimitCheck check = check(limit, c);
                if (check != null) {
                    checks.add(check);
                    applied++;
                }
            }
            for (RowComparison c : rows) {
                LimitCheck check = checkExtra(limit, c, rows, extra);
                if (check != null) {
                    checks.add(check);
                    applied++;
                }
            }
            if (applied == 0) unmatched.add(limit);
        }
        return new GateResult(gated, checks, unmatched);
    }

    private static GatedRow decide(RowComparison c, Policy policy) {
        RowKey key = c.key();
        RowPolicy rp = policy.resolve(key.benchmark());
        boolean isGated = rp.gates(key.metric());
        Verdict v = c.verdict();
        if (v == Verdict.REGRESSED) {
            String reason = policy.allowedRegression(key.benchmark(), key.metric());
            return new GatedRow(c, isGated, reason, isGated && reason == null);
        }
        if (v == Verdict.MISSING) {
            String reason = policy.allowedMissing(key.benchmark(), key.metric());
            boolean counts = isGated || key.isPrimary();
            return new GatedRow(c, isGated, counts ? reason : null, counts && reason == null);
        }
        return new GatedRow(c, isGated, null, false);
    }

    private static LimitCheck checkExtra(Limit limit, RowComparison c, List<RowComparison> rows, ExtraValues extra) {
        RowKey key = c.key();
        Aggregate aggregate = limit.threshold().aggregate();
        if (!key.isPrimary() || c.verdict() == Verdict.MISSING || aggregate.matchesMetric(key.metric())
                || !limit.appliesTo(key.benchmark())) {
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
        if (m == null || !Double.isFinite(m.value())) return null;
        double bound = limit.threshold().boundIn(m.unit());
        if (Double.isNaN(bound)) return null;
        boolean ok = limit.threshold().op().holds(m.value(), bound);
        return new LimitCheck(limit, key.withMetric(aggregate.metric()), m.value(), bound, m.unit(), ok);
    }

    private static LimitCheck check(Limit limit, RowComparison c) {
        if (c.verdict() == Verdict.MISSING || !Double.isFinite(c.candScore())) return null;
        RowKey key = c.key();
        if (!limit.appliesTo(key.benchmark()) || !limit.threshold().aggregate().matchesMetric(key.metric())) {
            return null;
        }
        double bound = limit.threshold().boundIn(c.unit());
        if (Double.isNaN(bound)) return null;
        boolean ok = limit.threshold().op().holds(c.candScore(), bound);
        return new LimitCheck(limit, key, c.candScore(), bound, c.unit(), ok);
    }
}
