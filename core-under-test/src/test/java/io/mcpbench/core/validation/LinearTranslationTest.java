package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rewrite is only worth having if it never changes an answer: generated patterns (inside and
 * outside the rewritten subset) on generated strings (line terminators, surrogate pairs and lone
 * halves included) must find a match exactly when the JDK does. Millions of such pairs were run
 * while the subset was drawn; this keeps a seeded sample of them in every build.
 */
class LinearTranslationTest {

    /** What generated strings are made of: letters, literals of metacharacters, line terminators, surrogates. */
    private static final String[] PIECES = {"a", "b", "c", "A", "0", "9", "_", "-", " ", "\t", "\n", "\r", "\u000B",
        "\u0085", "\u2028", ".", "/", "é", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uFFFF", "\u0000"};

    /** Atoms of generated patterns (JDK syntax), some outside the rewritten subset on purpose. */
    private static final String[] ATOMS = {"a", "b", "c", "A", "0", ".", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S",
        "[abc]", "[^abc]", "[a-c0-9_]", "[^\\n]", "[\\s\\d]", "[\\S]", "[^\\W]", "[-a]", "[a-]", "[\\]\\-]", "\\.",
        "\\-", "\\/", "\\t", "\\n", "\\x41", "\\x{1F600}", "\\u00e9", "\\uD83D\\uDE00", "\uD83D\uDE00", "é", "^",
        "\\z", "\\A", "[^\\x{10000}-\\x{10FFFF}]", "[\\x{0}-\\x{FFFF}]", "[\\uDC00-\\uDFFF]", "\\b", "\\p{L}",
        "(?=a)", "\\1", "[a&&b]", "[a[b]]", "\\Z", "a*+", "(?i)a"};

    private static final String[] QUANTIFIERS = {"", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,}", "*?", "+?", "{2,}?"};

    @Test
    void everyRewrittenPatternFindsAMatchInExactlyTheStringsTheJdkDoes() {
        SplittableRandom random = new SplittableRandom(20_260_512L);
        int rewritten = 0;
        int compared = 0;
        for (int p = 0; p < 6_000; p++) {
            String regex = pattern(random, 0);
            Pattern jdk;
            try {
                jdk = Pattern.compile(regex);
            } catch (PatternSyntaxException notJdk) {
                continue;
            }
            LinearTranslation translation = LinearTranslation.of(regex);
            if (translation.pattern() == null) {
                assertNotNull(translation.reason(), regex);
                continue;
            }
            rewritten++;
            for (int s = 0; s < 40; s++) {
                String value = string(random);
                boolean expected = jdk.matcher(value).find();
                assertEquals(expected, translation.pattern().matcher(value).find(),
                        () -> "pattern " + escape(regex) + " on " + escape(value));
                compared++;
            }
        }
        assertTrue(rewritten > 1_500, "only " + rewritten + " patterns were rewritten");
        assertTrue(compared > 60_000, "only " + compared + " comparisons");
    }

    @ParameterizedTest
    @ValueSource(strings = {"^([a-z0-9]|-)+\\z", "(a|aa)*c", "^(a+)+\\z", "^[A-Za-z]+(?:/[A-Za-z_]+)*\\z",
        "^[A-Za-z0-9_-]{1,64}\\z", "^\\+[1-9][0-9]{7,14}\\z", "^\\$\\{\\{.*\\}\\}\\z", "[^:]+:[^:]+", "(?:ab|c){3,5}?",
        "^\\s*\\S+\\s*\\z", "a|", "()", "x{0}"})
    void realPatternsAreRewritten(String regex) {
        LinearTranslation translation = LinearTranslation.of(regex);
        assertNull(translation.reason(), regex);
        assertNotNull(translation.pattern(), regex);
        assertTrue(translation.nodes() > 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "^(a+)+\\1\\z|a back-reference",
        "^(?=.*\\d).{8,}\\z|a lookahead",
        "(?<!x)y|a lookbehind",
        "(?<name>a)|a named group",
        "(?>a)|an atomic group",
        "(?i)abc|an inline flag",
        "^\\p{L}+\\z|a Unicode property (\\p)",
        "\\bword\\b|a word boundary (\\b)",
        "a*+|a possessive quantifier",
        "[a[b]]|a nested class",
        "[a-z&&[^q]]|a class intersection",
                "a{1001}|a repetition count over 1000",
        "\\uD83D|a lone surrogate",
        "^[\\x{0}-\\x{FFFF}]|a class that tells a lone low surrogate from a supplementary character",
        "\\Qa.b\\E|the escape \\Q",
        "^*|a quantified anchor",
        "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))|groups nested deeper than 64"})
    void everythingElseKeepsTheJdkMatcherAndSaysWhy(String regex, String reason) {
        LinearTranslation translation = LinearTranslation.of(regex);
        assertNull(translation.pattern(), regex);
        assertEquals(reason, translation.reason(), regex);
    }

    /** Found by the generated comparison: the JDK gives up a repetition at its first empty pass. */
    @Test
    void anAnchorInsideARepeatedGroupKeepsTheJdkMatcher() {
        String regex = "((?:^|a){1,3}){2}(0*?[^abc])";
        assertFalse(Pattern.compile(regex).matcher("aA\n").find(), "the JDK's answer, which RE2 does not share");
        assertEquals("an anchor inside a repeated group", LinearTranslation.of(regex).reason());
        assertNotNull(LinearTranslation.of("(?:^|a)?b").pattern(), "an optional group is not repeated");
    }

    @Test
    void nestedCountedRepetitionsPastTheProgramLimitKeepTheJdkMatcher() {
        // 9^5 = 59,049 copies of 'a' once expanded: far past the limit, however short the text.
        LinearTranslation translation = LinearTranslation.of("(((((a{9}){9}){9}){9}){9})");
        assertNull(translation.pattern());
        assertTrue(translation.reason().startsWith("a program of more than"), translation.reason());
        assertNotNull(LinearTranslation.of("((a{9}){9}){9}").pattern(), "729 copies fit");
    }

    private static String pattern(SplittableRandom random, int depth) {
        StringBuilder out = new StringBuilder();
        int alternatives = random.nextInt(4) == 0 ? 2 : 1;
        for (int a = 0; a < alternatives; a++) {
            if (a > 0) {
                out.append('|');
            }
            int length = 1 + random.nextInt(4);
            for (int i = 0; i < length; i++) {
                if (depth < 3 && random.nextInt(4) == 0) {
                    out.append(random.nextBoolean() ? "(" : "(?:").append(pattern(random, depth + 1)).append(')');
                } else {
                    out.append(ATOMS[random.nextInt(ATOMS.length)]);
                }
                out.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
            }
        }
        return out.toString();
    }

    private static String string(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
