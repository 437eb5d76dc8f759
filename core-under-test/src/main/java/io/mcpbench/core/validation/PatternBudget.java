package io.mcpbench.core.validation;

import java.util.concurrent.TimeUnit;

/**
 * The work every {@code pattern} match of one validation call may do together: a number of
 * character reads ({@link ValidationLimits#maxPatternSteps()}) and a wall-clock time ({@link
 * ValidationLimits#maxPatternTime()}). A budget per match, or per character, lets a call with a
 * long string or many patterns run as long as its size allows; one budget per call bounds the
 * thread it holds whatever the arguments are.
 *
 * <p>The library calls a pattern with nothing but the string, so the budget of the call under way
 * is the current thread's: {@link CompiledSchema#validate} opens it and closes it, and every
 * match in between charges it. A match outside any call (a meta-schema's pattern while a schema
 * is compiled) opens one of its own. Reads are counted, so the same arguments always get the same
 * answer; the clock is read only every {@link #CLOCK_READS} reads, so short matches never read it.
 */
final class PatternBudget {

    /** Reads between two looks at the clock, for a pattern of cost 1. */
    static final int CLOCK_READS = 1 << 10;

    private static final ThreadLocal<PatternBudget> CURRENT = ThreadLocal.withInitial(PatternBudget::new);

    private boolean open;
    private long maxSteps;
    private long maxNanos;
    /** Reads charged before the current grant. */
    private long used;
    /** Reads the current grant allowed. */
    private long granted;
    /** Reads left in the current grant; the read that takes it below zero settles the grant. */
    private long left;
    /** When the clock was first read in this call; 0 until then. */
    private long started;
    private PatternLimitExceeded exceeded;
    /** The call's last long match (its pattern's text, the string, the answer), not to be paid for twice. */
    private String lastRegex;
    private String lastValue;
    private boolean lastAnswer;

    private PatternBudget() {
    }

    /** This thread's budget, open or not. */
    static PatternBudget current() {
        return CURRENT.get();
    }

    /**
     * Opens this budget with these limits unless a call has it open already (a nested call shares
     * the outer one's). Returns whether it opened it: only the opener closes it.
     */
    boolean openIfClosed(long maxSteps, long maxNanos) {
        if (open) {
            return false;
        }
        open = true;
        this.maxSteps = maxSteps;
        this.maxNanos = maxNanos;
        used = 0;
        granted = Math.min(CLOCK_READS, maxSteps);
        left = granted;
        started = 0;
        exceeded = null;
        lastValue = null;
        return true;
    }

    /**
     * The answer this call already had for this pattern text and this very string, or {@code
     * null}: the fast path and the library may both match one long string against one pattern,
     * and the library matches a property name against {@code patternProperties} more than once.
     */
    Boolean recall(String regex, String value) {
        return value == lastValue && regex.equals(lastRegex) ? Boolean.valueOf(lastAnswer) : null;
    }

    void remember(String regex, String value, boolean answer) {
        lastRegex = regex;
        lastValue = value;
        lastAnswer = answer;
    }

    void close() {
        open = false;
    }

    /**
     * Why a match of this call was refused, or {@code null}. The library may catch what a pattern
     * throws inside {@code not} or a combinator, so the caller asks here rather than trusting
     * the verdict of a call in which a match was refused.
     */
    PatternLimitExceeded refusal() {
        return exceeded;
    }

    /** Charges one read of {@code input}; throws once the call is over either limit. */
    void read(BudgetedInput input) {
        if (--left < 0) {
            settle(input);
        }
    }

    private void settle(BudgetedInput input) {
        if (exceeded != null) {
            throw exceeded;
        }
        used += granted;
        if (used >= maxSteps) {
            throw exceed(input, "more than the limit of " + maxSteps + " steps (character reads) for one call"
                    + " (maxPatternSteps)");
        }
        long now = System.nanoTime();
        if (started == 0) {
            started = now;
        } else if (now - started > maxNanos) {
            throw exceed(input, "longer than the limit of " + TimeUnit.NANOSECONDS.toMillis(maxNanos)
                    + " ms for one call (maxPatternTime)");
        }
        granted = Math.min(Math.max(1, CLOCK_READS / input.cost()), maxSteps - used);
        left = granted - 1; // this read is the grant's first
    }

    /**
     * Refuses the rest of the call with this message: returns the exception for the caller to
     * throw, and every later read of the call throws it too.
     */
    PatternLimitExceeded refuse(String message) {
        exceeded = new PatternLimitExceeded(message);
        left = -1;
        return exceeded;
    }

    private PatternLimitExceeded exceed(BudgetedInput input, String limit) {
        return refuse("pattern matching takes " + limit + ": gave up on " + input.describe());
    }
}
