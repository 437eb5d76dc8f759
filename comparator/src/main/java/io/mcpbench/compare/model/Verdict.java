package io.mcpbench.compare.model;

/** The outcome of comparing one row of a candidate with its baseline. */
public enum Verdict {
    /** Worse than the baseline beyond the noise floor, with significance after FDR control. */
    REGRESSED,
    /** Better than the baseline beyond the noise floor, with significance after FDR control. */
    IMPROVED,
    /** Shown to lie inside the equivalence band (two one-sided tests). */
    EQUIVALENT,
    /** Neither a change nor equivalence could be shown with the forks at hand. */
    INCONCLUSIVE,
    /** In the baseline, not in the candidate. */
    MISSING,
    /** In the candidate, not in the baseline. */
    NEW
}
