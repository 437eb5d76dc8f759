package io.mcpbench.compare.cli;

/** The command line's exit codes; a CI job reads only these. */
public final class ExitCodes {

    /** The comparison ran and the gate passed (or there was nothing to gate). */
    public static final int PASS = 0;
    /** A gated regression, a missing benchmark not allowed, or a violated limit. */
    public static final int REGRESSION = 1;
    /** The command line was wrong: unknown option, bad value, bad PERF_* variable. */
    public static final int USAGE = 2;
    /** An input could not be used (missing, unreadable, malformed, empty), or the environments differ. */
    public static final int BAD_INPUT = 3;

    private ExitCodes() {
    }
}
