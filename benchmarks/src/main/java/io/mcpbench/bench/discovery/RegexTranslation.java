package io.mcpbench.bench.discovery;

import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Translates the regex queries tool search sees ({@code (?i)create.*issue}, {@code (?i)^create},
 * {@code (?i)issue$}) from {@link java.util.regex.Pattern} find semantics into a Lucene
 * {@link RegexpQuery}, which must match a whole term: an unanchored start or end becomes
 * {@code .*}. Only literals, {@code .*}, {@code ^}, {@code $} and a leading {@code (?i)} are
 * understood (letters, digits and {@code _} are literal in both syntaxes); anything else is
 * refused rather than silently given other semantics.
 *
 * @param regexp     the Lucene regular expression, matching whole terms
 * @param matchFlags {@link RegExp#ASCII_CASE_INSENSITIVE} for {@code (?i)}, else 0
 */
record RegexTranslation(String regexp, int matchFlags) {

    private static final String CASE_INSENSITIVE = "(?i)";

    /**
     * The Lucene form of a Java pattern.
     *
     * @throws IllegalArgumentException if the pattern uses anything but the understood subset
     */
    static RegexTranslation of(String pattern) {
        String p = pattern;
        int flags = 0;
        if (p.startsWith(CASE_INSENSITIVE)) {
            flags = RegExp.ASCII_CASE_INSENSITIVE;
            p = p.substring(CASE_INSENSITIVE.length());
        }
        boolean anchoredStart = p.startsWith("^");
        if (anchoredStart) {
            p = p.substring(1);
        }
        boolean anchoredEnd = p.endsWith("$") && !p.endsWith("\\$");
        if (anchoredEnd) {
            p = p.substring(0, p.length() - 1);
        }
        StringBuilder out = new StringBuilder(p.length() + 8);
        if (!anchoredStart) {
            out.append(".*");
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '.' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                out.append(".*");
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                out.append(c);
            } else {
                throw new IllegalArgumentException("unsupported regex construct '" + c + "' at index "
                        + (pattern.length() - p.length() + i) + " in " + pattern);
            }
        }
        if (!anchoredEnd) {
            out.append(".*");
        }
        return new RegexTranslation(out.toString(), flags);
    }
}
