package io.mcpbench.core.validation;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import java.util.regex.Pattern;

/**
 * JDK regular expressions, as the library uses them, matched within the call's {@link
 * PatternBudget} and never past the thread's stack. A tool schema's {@code pattern} is written by
 * a stranger, and its argument may be millions of characters long: the JDK's backtracking matcher
 * takes exponential time on {@code ^(a+)+\1$} and recurses once per repetition of a group with
 * alternatives, overflowing a default stack on a two-thousand character match of {@code
 * ^([a-z0-9]|-)+$}.
 *
 * <p>So each pattern gets two matchers. A string short enough that the JDK matcher's recursion
 * stays within {@link #JDK_STACK_BUDGET} pattern elements times characters is matched by it, as
 * the library would (the common case, and the fastest one); a longer one by RE2/J, in linear time
 * and constant stack, through the {@link LinearTranslation} that matches the same strings. A
 * pattern that has no such translation (back-references, lookaround, Unicode properties, ...)
 * always gets the JDK matcher, and a string it cannot match without overflowing the stack is
 * refused, saying why. Every match reads its input through a {@link BudgetedInput}, so running out
 * of the call's steps or time refuses the call too; giving up is never a pass.
 */
final class BudgetedRegexFactory implements RegularExpressionFactory {

    /**
     * Characters times pattern elements ({@link LinearTranslation#nodes()}) the JDK matcher may be
     * given on the caller's stack. It takes up to about 190 bytes of stack per element per
     * character (measured interpreted, the worst case, on nested groups of alternatives; 30 to 150
     * compiled), so at most about 200 KB, a fifth of a thread's default 1 MB, leaving its caller
     * room; {@code BudgetedRegexFactoryTest} holds it to a 256 KB stack. The patterns of real tools
     * have five to fifteen elements, so strings up to 70 to 200 characters, nearly every argument,
     * take the JDK path.
     */
    static final int JDK_STACK_BUDGET = 1_024;

    /** Pattern characters per unit of a read's cost to the clock (see {@link BudgetedInput}). */
    private static final int CHARS_PER_COST = 64;

    static {
        // Load the plane tables Character reads lazily now, not first deep in a match that may
        // overflow: a class whose initializer overflows stays unusable for the life of the JVM.
        for (int codePoint : new int[] {0x41, 0x100, 0x1_0000, 0x2_0000, 0x3_0000, 0xE_0000, 0xF_0000, 0x4_0000}) {
            Character.getType(codePoint);
        }
    }

    private final long maxSteps;
    private final long maxNanos;

    /** Matches outside a validation call get a budget of these limits each. */
    BudgetedRegexFactory(ValidationLimits limits) {
        this.maxSteps = limits.maxPatternSteps();
        this.maxNanos = limits.maxPatternNanos();
    }

    BudgetedRegexFactory() {
        this(ValidationLimits.defaults());
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        String jdkRegex = jdkForm(regex);
        Pattern jdk = Pattern.compile(jdkRegex);
        LinearTranslation linear = LinearTranslation.of(jdkRegex);
        return new BudgetedRegex(regex, jdk, linear);
    }

    /**
     * A schema's pattern as the library hands it to the JDK: {@code $} outside classes made {@code
     * \z} (ECMA-262 has no "before a final line break"), long Unicode property names made short.
     */
    static String jdkForm(String regex) {
        return RegularExpressions.replaceLongformCharacterProperties(RegularExpressions.replaceDollarAnchors(regex));
    }

    /** One compiled pattern: picks the matcher for each string and charges the call's budget. */
    private final class BudgetedRegex implements RegularExpression {
        private final String regex;
        private final Pattern jdk;
        private final com.google.re2j.Pattern linear;
        private final String noLinearReason;
        /** Longest string the JDK matcher is given while a linear one can take it. */
        private final int jdkMaxLength;
        private final int cost;

        BudgetedRegex(String regex, Pattern jdk, LinearTranslation translation) {
            this.regex = regex;
            this.jdk = jdk;
            this.linear = translation.pattern();
            this.noLinearReason = translation.reason();
            this.jdkMaxLength = JDK_STACK_BUDGET / Math.max(1, translation.nodes());
            this.cost = 1 + (int) Math.min(Integer.MAX_VALUE - 1,
                    Math.max(jdk.pattern().length(), translation.size()) / CHARS_PER_COST);
        }

        @Override
        public boolean matches(String value) {
            PatternBudget budget = PatternBudget.current();
            boolean opened = budget.openIfClosed(maxSteps, maxNanos);
            try {
                BudgetedInput input = new BudgetedInput(value, budget, regex, cost);
                if (linear != null && value.length() > jdkMaxLength) {
                    return linearFind(input, budget);
                }
                return jdkFind(input, budget);
            } finally {
                if (opened) {
                    budget.close();
                }
            }
        }

        /** A long string: linear time, and once per call however many keywords ask. */
        private boolean linearFind(BudgetedInput input, PatternBudget budget) {
            String value = input.toString();
            Boolean known = budget.recall(regex, value);
            if (known != null) {
                return known;
            }
            boolean found = linear.matcher(input).find();
            budget.remember(regex, value, found);
            return found;
        }

        private boolean jdkFind(BudgetedInput input, PatternBudget budget) {
            try {
                return jdk.matcher(input).find();
            } catch (StackOverflowError e) {
                // The matcher is local to this call and holds no lock: nothing is left half-done.
                if (linear != null) {
                    return linearFind(input, budget);
                }
                throw budget.refuse("pattern matching needs a deeper stack than this thread has: " + input.describe()
                        + " uses " + noLinearReason + ", which only the backtracking matcher supports, and it"
                        + " recurses with the length of the string");
            }
        }
    }
}
