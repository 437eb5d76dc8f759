package io.mcpbench.compare.policy;

import io.mcpbench.compare.model.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's decision over a whole comparison: every row with its policy outcome, every limit
 * check, and the limits that applied to no row (reported, not failed: a policy is shared by runs
 * of different subsets).
 *
 * @param rows        every compared row, in the comparison's order
 * @param limitChecks every limit applied to a row
 * @param limits      every limit of the policy, in its order (those that applied to no row included)
 */
public record GateResult(List<GatedRow> rows, List<LimitCheck> limitChecks, List<Limit> limits) {

    /** Exit code: pass. */
    public static final int PASS = 0;
    /** Exit code: a regression, a missing benchmark, a violated limit, or a failing unsettled row. */
    public static final int FAIL = 1;
    /** Exit code: the gate cannot trust the run (too few forks, values not finite, a limit not checkable). */
    public static final int CANNOT_GATE = 3;

    public GateResult {
        rows = List.copyOf(rows);
        limitChecks = List.copyOf(limitChecks);
        limits = List.copyOf(limits);
    }

    /** Limits that matched no candidate row, in the policy's order. */
    public List<Limit> unmatchedLimits() {
        List<Limit> out = new ArrayList<>();
        for (Limit l : limits) {
            boolean applied = false;
            for (LimitCheck c : limitChecks) {
                if (c.limit() == l) {
                    applied = true;
                    break;
                }
            }
            if (!applied) out.add(l);
        }
        return out;
    }

    /** True when no row fails and every limit was checked and holds. */
    public boolean passed() {
        return exitCode() == PASS;
    }

    /**
     * 1 when a row fails on its evidence (a gated regression or absence, a failing unsettled row)
     * or a limit is violated; else 3 when the gate cannot trust part of the run; else 0.
     */
    public int exitCode() {
        boolean untrusted = uncheckedLimits() > 0;
        for (GatedRow r : rows) {
            if (r.outcome() == Outcome.FAIL) return FAIL;
            untrusted |= r.outcome().untrusted();
        }
        if (violatedLimits() > 0) return FAIL;
        return untrusted ? CANNOT_GATE : PASS;
    }

    /** Rows that fail the gate. */
    public int failingRows() {
        return count(null, true);
    }

    /** Rows with {@code outcome}. */
    public int count(Outcome outcome) {
        return count(outcome, false);
    }

    private int count(Outcome outcome, boolean failing) {
        int n = 0;
        for (GatedRow r : rows) {
            if (failing ? r.fails() : r.outcome() == outcome) n++;
        }
        return n;
    }

    /** Limit checks that were made and did not hold. */
    public int violatedLimits() {
        int n = 0;
        for (LimitCheck c : limitChecks) {
            if (c.checked() && !c.passed()) n++;
        }
        return n;
    }

    /** Limit checks that could not be made on a row the limit names. */
    public int uncheckedLimits() {
        int n = 0;
        for (LimitCheck c : limitChecks) {
            if (!c.checked()) n++;
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
