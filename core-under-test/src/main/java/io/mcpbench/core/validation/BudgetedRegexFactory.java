package io.mcpbench.core.validation;

import com.networknt.schema.SchemaException;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import java.util.regex.Pattern;

/**
 * JDK regular expressions, as the library uses them, with a budget on each match. A tool schema's
 * {@code pattern} is written by a stranger, and a backtracking pattern such as {@code ^(a+)+$}
 * takes exponential time on a short string; a match here reads its input through a view that
 * counts character reads and gives up past a budget proportional to the input, so one call cannot
 * occupy a thread for minutes. Giving up surfaces as an invalid result, never as a pass.
 */
final class BudgetedRegexFactory implements RegularExpressionFactory {

    /** Character reads allowed for any match, on top of {@link #READS_PER_CHAR} per input character. */
    static final long BASE_READS = 1_000_000L;
    static final long READS_PER_CHAR = 256L;

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(
                RegularExpressions.replaceLongformCharacterProperties(RegularExpressions.replaceDollarAnchors(regex)));
        return value -> pattern.matcher(new Budgeted(value, regex)).find();
    }

    /** The input string, counting reads; the regex engine reads every character through {@link #charAt}. */
    private static final class Budgeted implements CharSequence {
        private final String value;
        private final String regex;
        private long remaining;

        Budgeted(String value, String regex) {
            this.value = value;
            this.regex = regex;
            this.remaining = BASE_READS + READS_PER_CHAR * value.length();
        }

        @Override
        public char charAt(int index) {
            if (--remaining < 0) {
                throw new PatternBudgetExceeded("pattern " + regex + " gave up on a " + value.length()
                        + "-character string after " + (BASE_READS + READS_PER_CHAR * value.length())
                        + " steps (catastrophic backtracking)");
            }
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
    }

    /**
     * A {@link SchemaException}, because the library's pattern keyword rethrows those but logs and
     * ignores any other exception, which would let the value pass.
     */
    static final class PatternBudgetExceeded extends SchemaException {
        private static final long serialVersionUID = 1L;

        PatternBudgetExceeded(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
