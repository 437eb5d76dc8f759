package io.mcpbench.core.discovery;

import io.mcpbench.core.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regex-mode search: a client-supplied pattern searched in each tool's qualified name, its name on
 * its own server (so {@code ^create_} works as it reads), title and description. The pattern is capped in length, and the search in the character reads it may
 * make, since a short pattern can still backtrack for longer than any request should take.
 */
final class RegexQuery {

    private RegexQuery() {
    }

    /**
     * Compiles the pattern or says in one line why it cannot be used. A leading {@code .*} is
     * dropped: searching ({@code find}) already tries every start, so it never changes whether a
     * text matches, but it makes each search quadratic in the text's length.
     */
    static Pattern compile(String regex, int maxLength) {
        if (regex.length() > maxLength) {
            throw new InvalidQueryException(
                    "regex is " + regex.length() + " characters long, more than the limit of " + maxLength);
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            String where = e.getIndex() >= 0 ? " at index " + e.getIndex() : "";
            throw new InvalidQueryException("invalid regex: " + e.getDescription() + where + " in " + regex);
        }
        String simpler = withoutLeadingWildcard(regex);
        return simpler == regex ? pattern : Pattern.compile(simpler);
    }

    /**
     * The pattern without a {@code .*} or {@code .*?} right after any leading inline flags
     * ({@code (?i)}), or the same string if it has none. A possessive {@code .*+} is kept, since
     * it changes what can match.
     */
    static String withoutLeadingWildcard(String regex) {
        int i = 0;
        while (regex.startsWith("(?", i)) {
            int close = regex.indexOf(')', i);
            if (close < 0 || !isFlags(regex, i + 2, close)) {
                return regex;
            }
            i = close + 1;
        }
        if (!regex.startsWith(".*", i)) {
            return regex;
        }
        int end = i + 2;
        if (end < regex.length() && regex.charAt(end) == '+') {
            return regex;
        }
        if (end < regex.length() && regex.charAt(end) == '?') {
            end++;
        }
        return regex.substring(0, i) + regex.substring(end);
    }

    private static boolean isFlags(String s, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first {@code limit} entries, in catalog order, where the pattern is found; {@code source}
     * is the pattern as the client wrote it, for the error message.
     *
     * @throws InvalidQueryException if matching needs more than {@code workLimit} character reads
     */
    static List<SearchHit> search(CatalogEntry[] entries, Pattern pattern, String source, int limit, long workLimit) {
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, 16));
        BudgetedText text = new BudgetedText(workLimit);
        Matcher matcher = pattern.matcher(text);
        try {
            for (int i = 0; i < entries.length && hits.size() < limit; i++) {
                CatalogEntry entry = entries[i];
                if (finds(matcher, text, entry.qualifiedName())
                        || finds(matcher, text, entry.toolName())
                        || finds(matcher, text, entry.tool().title())
                        || finds(matcher, text, entry.tool().description())) {
                    hits.add(new SearchHit(entry, 1.0));
                }
            }
        } catch (WorkLimitExceeded e) {
            throw new InvalidQueryException("regex needs more than " + workLimit
                    + " character reads over the catalog; simplify it: " + source);
        }
        return Collections.unmodifiableList(hits);
    }

    private static boolean finds(Matcher matcher, BudgetedText text, String field) {
        if (field == null) {
            return false;
        }
        text.set(field);
        return matcher.reset(text).find();
    }

    /** A reusable view of one string that counts the characters read and stops at the budget. */
    private static final class BudgetedText implements CharSequence {

        private String text = "";
        private long remaining;

        BudgetedText(long budget) {
            this.remaining = budget;
        }

        void set(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (--remaining < 0) {
                throw WorkLimitExceeded.INSTANCE;
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Thrown out of the matcher when the budget runs out; carries no stack trace. */
    private static final class WorkLimitExceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final WorkLimitExceeded INSTANCE = new WorkLimitExceeded();

        private WorkLimitExceeded() {
            super("regex work limit exceeded", null, false, false);
        }
    }
}
