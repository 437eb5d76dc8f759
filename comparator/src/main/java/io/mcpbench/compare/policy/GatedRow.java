package io.mcpbench.compare.policy;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;

/**
 * One compared row after the policy is applied: whether its metric is gated, why a regression
 * or absence is accepted (if it is), and what it does to the gate.
 *
 * @param comparison    the statistics and verdict
 * @param gated         true when the row's metric is gated for its benchmark
 * @param allowedReason why a REGRESSED or MISSING row passes, or null
 * @param outcome       what the row does to the gate
 */
public record GatedRow(RowComparison comparison, boolean gated, String allowedReason, Outcome outcome) {

    /** True when this row alone fails the gate. */
    public boolean fails() {
        return outcome.fails();
    }

    /** Shown in reports: {@code ALLOWED} for an accepted regression or absence, else the verdict. */
    public String label() {
        return allowedReason != null ? "ALLOWED" : comparison.verdict().name();
    }

    /** True for a REGRESSED or MISSING row that neither fails nor is allowed: an ungated metric. */
    public boolean ungatedBad() {
        Verdict v = comparison.verdict();
        return (v == Verdict.REGRESSED || v == Verdict.MISSING) && !fails() && allowedReason == null;
    }
}
