package io.mcpbench.compare.model;

/** The outcome of comparing one row of a candidate with its baseline. */
public enum Verdict {
    /** Worse than the baseline beyond the noise floor, with significance after FDR control. */
    REGRESSED,
    /** Better than the baseline beyond the noise floor, with significance after FDR control. */
    IMPROVED,
    /** Shown to lie within the noise floor either way (two one-sided tests). */
    EQUIVALENT,
    /** Neither a change nor equivalence could be shown with the forks at hand. */
    INCONCLUSIVE,
    /** Changed beyond the noise floor, in a metric with no better side (a rate that follows throughput). */
    CHANGED,
    /** In the baseline, not in the candidate. */
    MISSING,
    /** In the candidate, not in the baseline. */
    NEW
}
