package io.mcpbench.compare.policy;

import io.mcpbench.compare.model.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's decision over a whole comparison: every row with its policy outcome, every limit
 * check, and the limits that applied to no row (reported, not failed: a policy is shared by runs
 * of different subsets).
 *
 * @param rows           every compared row, in the comparison's order
 * @param limitChecks    every limit applied to a row
 * @param unmatchedLimits limits that matched no candidate row
 */
public record GateResult(List<GatedRow> rows, List<LimitCheck> limitChecks, List<Limit> unmatchedLimits) {

    public GateResult {
        rows = List.copyOf(rows);
        limitChecks = List.copyOf(limitChecks);
        unmatchedLimits = List.copyOf(unmatchedLimits);
    }

    /** True when no row fails and every limit holds. */
    public boolean passed() {
        return failingRows() == 0 && violatedLimits() == 0;
    }

    /** Rows that fail the gate (gated regressions, absences not allowed). */
    public int failingRows() {
        int n = 0;
        for (GatedRow r : rows) {
            if (r.fails()) n++;
        }
        return n;
    }

    /** Limit checks that did not hold. */
    public int violatedLimits() {
        int n = 0;
        for (LimitCheck c : limitChecks) {
            if (!c.passed()) n++;
        }
        return n;
    }

    /** Rows allowed by the policy despite a regression or absence. */
    public int allowedRows() {
        int n = 0;
        for (GatedRow r : rows) {
            if (r.allowedReason() != null) n++;
        }
        return n;
    }

    /** How many rows have each verdict (every verdict present, zero included). */
    public Map<Verdict, Integer> verdictCounts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) counts.put(v, 0);
        for (GatedRow r : rows) counts.merge(r.comparison().verdict(), 1, Integer::sum);
        return counts;
    }
}
