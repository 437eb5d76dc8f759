package io.mcpbench.compare.plan;

import io.mcpbench.compare.policy.Limit;
import io.mcpbench.compare.policy.LimitCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A performance plan's criteria after a run, in the order the policy first names them: the
 * reports' "Performance plan" section and {@code comparator plan-check}'s table. A criterion
 * whose benchmark did not run is NOT MEASURED and counts as not met; the gate itself fails only on
 * what it measured (a violated limit), since a policy is shared by runs of different subsets.
 *
 * @param criteria every criterion the policy's limits name
 */
public record PlanTable(List<Criterion> criteria) {

    /** No plan. */
    public static final PlanTable NONE = new PlanTable(List.of());

    public PlanTable {
        criteria = List.copyOf(criteria);
    }

    /**
     * The plan of {@code limits} (those with a {@link Limit#plan() plan criterion}) after
     * {@code checks}; a limit with no check named no row.
     */
    public static PlanTable of(List<Limit> limits, List<LimitCheck> checks) {
        Map<String, String> targets = new LinkedHashMap<>();
        Map<String, List<LimitCheck>> made = new LinkedHashMap<>();
        Map<String, List<Limit>> unmeasured = new LinkedHashMap<>();
        for (Limit limit : limits) {
            if (limit.plan() == null) continue;
            String name = limit.plan().name();
            targets.putIfAbsent(name, limit.plan().target());
            List<LimitCheck> mine = made.computeIfAbsent(name, k -> new ArrayList<>());
            unmeasured.computeIfAbsent(name, k -> new ArrayList<>());
            boolean any = false;
            for (LimitCheck c : checks) {
                if (c.limit() == limit) {
                    mine.add(c);
                    any = true;
                }
            }
            if (!any) unmeasured.get(name).add(limit);
        }
        List<Criterion> out = new ArrayList<>();
        for (Map.Entry<String, String> t : targets.entrySet()) {
            out.add(new Criterion(t.getKey(), t.getValue(), made.get(t.getKey()), unmeasured.get(t.getKey())));
        }
        return new PlanTable(out);
    }

    /** True when the policy names no plan criterion. */
    public boolean isEmpty() {
        return criteria.isEmpty();
    }

    /** Criteria met. */
    public int met() {
        return count(PlanStatus.MET);
    }

    /** Criteria with {@code status}. */
    public int count(PlanStatus status) {
        int n = 0;
        for (Criterion c : criteria) {
            if (c.status() == status) n++;
        }
        return n;
    }

    /** True when every criterion is met. */
    public boolean allMet() {
        return !criteria.isEmpty() && met() == criteria.size();
    }

    /** {@code 9 of 11 criteria met (1 not measured)}. */
    public String headline() {
        int notMeasured = count(PlanStatus.NOT_MEASURED);
        return met() + " of " + criteria.size() + (criteria.size() == 1 ? " criterion" : " criteria") + " met"
                + (notMeasured == 0 ? "" : " (" + notMeasured + " not measured)");
    }
}
