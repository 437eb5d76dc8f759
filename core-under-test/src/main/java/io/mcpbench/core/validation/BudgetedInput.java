package io.mcpbench.core.validation;

/**
 * A string as a pattern matcher reads it: every {@link #charAt} is charged to the call's {@link
 * PatternBudget}. Both matchers read their input only through {@code charAt}.
 */
final class BudgetedInput implements CharSequence {

    /** Longest part of a pattern quoted in a message. */
    private static final int QUOTED_PATTERN_CHARS = 100;

    private final String value;
    private final PatternBudget budget;
    private final String regex;
    private final int cost;

    /**
     * @param cost how many plain reads one read of this pattern is worth to the clock: a large
     *             pattern does more work per character, so the clock is read more often
     */
    BudgetedInput(String value, PatternBudget budget, String regex, int cost) {
        this.value = value;
        this.budget = budget;
        this.regex = regex;
        this.cost = cost;
    }

    @Override
    public char charAt(int index) {
        budget.read(this);
        return value.charAt(index);
    }

    @Override
    public int length() {
        return value.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return value.subSequence(start, end);
    }

    @Override
    public String toString() {
        return value;
    }

    int cost() {
        return cost;
    }

    /** {@code "pattern ^(a+)+$ on a 4000000-character string"}, the pattern shortened if long. */
    String describe() {
        return describe(regex, value.length());
    }

    private static String describe(String regex, int length) {
        String quoted = regex;
        if (regex.length() > QUOTED_PATTERN_CHARS) {
            int end = Character.isHighSurrogate(regex.charAt(QUOTED_PATTERN_CHARS - 1))
                    ? QUOTED_PATTERN_CHARS - 1 : QUOTED_PATTERN_CHARS;
            quoted = regex.substring(0, end) + "... (" + regex.length() + " characters)";
        }
        return "pattern " + quoted + " on a " + length + "-character string";
    }
}
