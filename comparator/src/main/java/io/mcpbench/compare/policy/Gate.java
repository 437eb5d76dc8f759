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

    private Gate() {
    }

    /** The decision for {@code rows} (as compared) under {@code policy}. */
    public static GateResult evaluate(List<RowComparison> rows, Policy policy) {
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
