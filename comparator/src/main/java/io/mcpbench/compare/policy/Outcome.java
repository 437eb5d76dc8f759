package io.mcpbench.compare.policy;

/** What one row does to the gate. */
public enum Outcome {
    /** Nothing against the gate. */
    PASS,
    /** Passes, but a gated row was not settled: every report says so. */
    WARN,
    /** Fails: a gated regression or absence not allowed, or an unsettled row under a {@code fail} rule. */
    FAIL,
    /** Fails closed: a gated row with too few forks for any test (exit 3). */
    CANNOT_GATE,
    /** Fails closed: a gated row whose values or ratio are not finite numbers, or with a wild fork (exit 3). */
    UNTRUSTED;

    /** True when the row fails the gate. */
    public boolean fails() {
        return this == FAIL || this == CANNOT_GATE || this == UNTRUSTED;
    }

    /** True when the row fails because the gate cannot trust it rather than because it got worse. */
    public boolean untrusted() {
        return this == CANNOT_GATE || this == UNTRUSTED;
    }
}
