package io.mcpbench.compare.plan;

import io.mcpbench.compare.policy.Limit;
import io.mcpbench.compare.policy.LimitCheck;
import io.mcpbench.compare.policy.Threshold;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One criterion of the plan after a run: every check of its limits, and its limits that named no
 * row. The row a report shows for it is the {@link #shown() deciding check}: a failing one if any,
 * else the one nearest its bound, so a met criterion shows its smallest margin.
 *
 * @param name       the criterion, as the plan words it
 * @param target     the plan's target, as written
 * @param checks     every check of its limits, in the policy's order
 * @param unmeasured its limits that named no row of the run
 */
public record Criterion(String name, String target, List<LimitCheck> checks, List<Limit> unmeasured) {

    public Criterion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        checks = List.copyOf(checks);
        unmeasured = List.copyOf(unmeasured);
    }

    /** NOT_MET when a check fails (or could not be made), else NOT_MEASURED when a limit named no row, else MET. */
    public PlanStatus status() {
        for (LimitCheck c : checks) {
            if (!c.passed()) return PlanStatus.NOT_MET;
        }
        return unmeasured.isEmpty() && !checks.isEmpty() ? PlanStatus.MET : PlanStatus.NOT_MEASURED;
    }

    /** The check a report shows: the first failing one, else the one with the least margin; null when none was made. */
    public LimitCheck shown() {
        LimitCheck best = null;
        double worst = Double.NEGATIVE_INFINITY;
        for (LimitCheck c : checks) {
            if (!c.passed()) return c;
            double excess = excess(c);
            if (best == null || excess > worst) {
                best = c;
                worst = excess;
            }
        }
        return best;
    }

    /** The benchmarks its limits name (the limits' scopes), each once, in order. */
    public List<String> scopes() {
        Set<String> out = new LinkedHashSet<>();
        for (LimitCheck c : checks) out.add(c.limit().scope());
        for (Limit l : unmeasured) out.add(l.scope());
        return new ArrayList<>(out);
    }

    /**
     * How far a value is past its bound, on the bound's scale (negative while within it): the
     * relative distance, or the plain distance for a bound of zero.
     */
    private static double excess(LimitCheck c) {
        Threshold.Op op = c.limit().threshold().op();
        double sign = op == Threshold.Op.LT || op == Threshold.Op.LE ? 1 : -1;
        double scale = c.bound() == 0 ? 1 : Math.abs(c.bound());
        return sign * (c.value() - c.bound()) / scale;
    }
}
