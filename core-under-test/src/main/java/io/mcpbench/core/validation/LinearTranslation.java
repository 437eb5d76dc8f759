package io.mcpbench.core.validation;

import com.google.re2j.PatternSyntaxException;

/**
 * A {@code java.util.regex} pattern rewritten for RE2/J, whose matcher runs in time linear in the
 * input and in constant stack, when the rewrite provably finds a match in exactly the strings the
 * JDK finds one in. The JDK matcher recurses once or more per repetition of a group with
 * alternatives, so {@code ^([a-z0-9]|-)+$} overflows a default thread stack on a two-thousand
 * character string; the rewrite is what lets such a string get its true answer.
 *
 * <p>Only a conservative subset of the JDK syntax is rewritten, each construct into an explicit
 * form that does not depend on how RE2 reads escapes or flags ({@link Re2Writer}): literals (as
 * {@code \x{..}} code points), {@code .}, classes without nesting or intersection (as explicit code
 * point ranges, {@link CharacterClassReader}), {@code \d \w \s} and their complements, {@code ^ \A
 * \z} (the library turns {@code $} into {@code \z}), groups (captures do not change whether a match
 * exists), alternation, and greedy or lazy quantifiers with counts up to 1,000 ({@link
 * JdkRegexRewriter}). Anything else (back-references, lookaround, word boundaries, Unicode
 * properties, inline flags, possessive quantifiers, lone surrogates) keeps the JDK matcher; {@link
 * #reason()} says which construct did.
 *
 * <p>Two differences in the engines are closed by refusing the rewrite. The JDK ends a repetition
 * at its first empty pass, so an anchor inside a repeated group can make it miss a match ({@code
 * ((?:^|a){1,3}){2}b} on {@code "ab"}); such a pattern keeps the JDK matcher. And the JDK may start
 * a match in the middle of a surrogate pair, reading its low half as a character of its own, where
 * RE2/J only starts at whole code points; a class that accepts a low surrogate but not every
 * supplementary code point could tell the two apart, so a pattern with one keeps the JDK matcher.
 * {@code LinearTranslationTest} holds the rewrite to the JDK's answers on generated patterns and
 * strings.
 */
final class LinearTranslation {

    /** Longest pattern rewritten: real ones are a few dozen characters; this bounds the rewrite's own cost. */
    static final int MAX_PATTERN_CHARS = 10_000;

    private final com.google.re2j.Pattern pattern;
    private final int nodes;
    private final long size;
    private final String reason;

    private LinearTranslation(com.google.re2j.Pattern pattern, int nodes, long size, String reason) {
        this.pattern = pattern;
        this.nodes = nodes;
        this.size = size;
        this.reason = reason;
    }

    /**
     * The rewrite of {@code jdkRegex} (as given to {@code java.util.regex.Pattern.compile}, no
     * flags, and valid there), or a translation without a pattern that says why there is none.
     */
    static LinearTranslation of(String jdkRegex) {
        JdkRegexRewriter rewriter = new JdkRegexRewriter(jdkRegex);
        long size = 0;
        String reason;
        try {
            if (jdkRegex.length() > MAX_PATTERN_CHARS) {
                throw new UnsupportedConstruct("a pattern of more than " + MAX_PATTERN_CHARS + " characters");
            }
            size = rewriter.alternation(0);
            if (!rewriter.atEnd()) {
                throw new UnsupportedConstruct("an unmatched ')'");
            }
            return new LinearTranslation(com.google.re2j.Pattern.compile(rewriter.re2()), rewriter.nodes(), size, null);
        } catch (UnsupportedConstruct e) {
            reason = e.getMessage();
        } catch (PatternSyntaxException e) {
            reason = "syntax RE2/J refuses (" + e.getDescription() + ")";
        }
        return new LinearTranslation(null, rewriter.nodes(), size, reason);
    }

    /** The RE2/J pattern, or {@code null} if the JDK matcher must be kept. */
    com.google.re2j.Pattern pattern() {
        return pattern;
    }

    /**
     * Elements of the pattern (atoms, groups, quantifiers, alternatives): the JDK matcher's stack
     * grows by at most a few frames per element for every character it consumes.
     */
    int nodes() {
        return nodes;
    }

    /** The rewrite's program size, counted repetitions expanded; 0 when there is none. */
    long size() {
        return size;
    }

    /** Why there is no rewrite ({@code "a back-reference"}), or {@code null} when there is one. */
    String reason() {
        return reason;
    }
}
