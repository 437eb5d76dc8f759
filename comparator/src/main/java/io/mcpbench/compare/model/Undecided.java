package io.mcpbench.compare.model;

/** Why a row could not be tested at all (as opposed to a test that settled nothing). */
public enum Undecided {
    /** The row was tested, or has one side only. */
    NO,
    /** Fewer than two settled forks on a side: one fork cannot show how far two JVMs of the same code differ. */
    TOO_FEW_FORKS,
    /** A value, a centre or a ratio is not a finite number (NaN or infinite data, a zero baseline, overflow). */
    NOT_COMPUTABLE,
    /**
     * A fork lies more than {@code WILD_FORK_FACTOR} times away from the median fork of its side: not
     * the noise of a JIT mode (a few percent to tens of percent) but a broken fork or a stalled
     * machine, which no test on the forks can be trusted with.
     */
    WILD_FORK
}
