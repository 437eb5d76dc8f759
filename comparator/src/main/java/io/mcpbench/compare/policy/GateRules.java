package io.mcpbench.compare.policy;

import java.util.Objects;

/**
 * What a gated row that was not settled does to the gate.
 *
 * @param inconclusive a gated INCONCLUSIVE row (tested, neither a change nor equivalence shown):
 *                     {@code warn} by default, since a run cannot always settle every row and a
 *                     job that fails on that fails on noise; the report then says, per row, the
 *                     smallest change the run could have shown
 * @param tooFewForks  a gated row with fewer than two settled forks a side, which no test can
 *                     decide: {@code fail} by default (exit 3, "cannot gate"), {@code pass} for
 *                     smoke runs that only check that everything runs
 */
public record GateRules(Rule inconclusive, Rule tooFewForks) {

    /** The defaults: warn on INCONCLUSIVE, fail when a gated row has too few forks. */
    public static final GateRules DEFAULTS = new GateRules(Rule.WARN, Rule.FAIL);

    public GateRules {
        Objects.requireNonNull(inconclusive, "inconclusive");
        Objects.requireNonNull(tooFewForks, "tooFewForks");
        if (tooFewForks == Rule.WARN) {
            throw new IllegalArgumentException("tooFewForks is fail or pass: a run that cannot gate has nothing to warn about");
        }
    }

    /** These rules with the non-null ones of {@code other} over them. */
    public GateRules with(Rule newInconclusive, Rule newTooFewForks) {
        return new GateRules(newInconclusive == null ? inconclusive : newInconclusive,
                newTooFewForks == null ? tooFewForks : newTooFewForks);
    }
}
