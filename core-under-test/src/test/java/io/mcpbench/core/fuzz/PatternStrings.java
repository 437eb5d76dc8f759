package io.mcpbench.core.fuzz;

import java.util.List;
import java.util.function.Predicate;

/**
 * Strings of any length up to millions of characters for schema patterns, spelled by a few bytes
 * of fuzz input, each with an answer worked out without a regular expression. Raw bytes almost
 * never spell a two-thousand character string that matches a pattern, which is what it takes to
 * overflow a recursive matcher; here three bytes choose the pattern and a length on a log scale,
 * and the rest choose the pieces the string repeats, mostly ones the pattern accepts.
 *
 * <p>Input layout: byte 0 picks the pattern; byte 1 (mantissa, 1 to 256) and byte 2 (exponent,
 * 0 to 14) give the length, {@code (b1 + 1) << (b2 % 15)}, at most the caller's maximum; bytes 3 on
 * pick the pieces, cycled until the string is long enough, then cut to the length.
 */
public final class PatternStrings {

    /**
     * A pattern as a schema writes it, pieces of strings for it (the first ones keep a string
     * matching, the last ones may break it), and whether a string has a match, decided by hand.
     */
    public record Pattern(String regex, List<String> pieces, Predicate<String> matches) {
    }

    /** One decoded input: which pattern, and the string to match against it. */
    public record Case(int index, Pattern pattern, String value) {

        /** Whether the pattern finds a match in the string, by the hand-written answer. */
        public boolean expected() {
            return pattern.matches().test(value);
        }
    }

    /**
     * Patterns whose JDK matcher recurses once or more per repetition of a group: real ones
     * (slugs, time zones, lists) and the issue's, plus one only a backtracking matcher can take
     * (a lookahead).
     */
    public static final List<Pattern> PATTERNS = List.of(
            new Pattern("^([a-z0-9]|-)+$", List.of("a", "z", "0", "q7-", "-", "A", "!", "\n"),
                    s -> !s.isEmpty() && s.chars().allMatch(PatternStrings::slugChar)),
            new Pattern("(a|aa)*c", List.of("a", "aa", "c", "b"), s -> s.indexOf('c') >= 0),
            new Pattern("^(a+)+$", List.of("a", "aa", "b"), s -> !s.isEmpty() && s.chars().allMatch(c -> c == 'a')),
            new Pattern("^[A-Za-z]+(?:/[A-Za-z_]+)*$", List.of("Europe", "/Isle_of_Man", "x", "/", "_", "//"),
                    PatternStrings::timeZone),
            new Pattern("^(\\s*\\w+\\s*,)*\\s*\\w+\\s*$", List.of("a", "_9", " ", ",", "\t", "-", ",,"),
                    PatternStrings::wordList),
            new Pattern("^(?=[a-z])([a-z]|-)+$", List.of("a", "-", "z", "A"),
                    s -> !s.isEmpty() && s.charAt(0) >= 'a' && s.charAt(0) <= 'z'
                            && s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '-')));

    private PatternStrings() {
    }

    /** The case {@code input} spells, with a string of at most {@code maxLength} characters. */
    public static Case decode(byte[] input, int maxLength) {
        int index = input.length > 0 ? (input[0] & 0xff) % PATTERNS.size() : 0;
        Pattern pattern = PATTERNS.get(index);
        int mantissa = (input.length > 1 ? input[1] & 0xff : 0) + 1;
        int exponent = (input.length > 2 ? input[2] & 0xff : 0) % 15;
        int length = (int) Math.min(maxLength, (long) mantissa << exponent);
        StringBuilder value = new StringBuilder(length + 16);
        int piece = 3;
        while (value.length() < length) {
            int choice = input.length > 3 ? input[piece] & 0xff : 0;
            value.append(pattern.pieces().get(choice % pattern.pieces().size()));
            piece = piece + 1 < input.length ? piece + 1 : 3;
        }
        value.setLength(length);
        return new Case(index, pattern, value.toString());
    }

    private static boolean slugChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** {@code ^[A-Za-z]+(?:/[A-Za-z_]+)*$}: letters, then segments of letters or underscores. */
    private static boolean timeZone(String s) {
        String[] segments = s.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean first = i == 0;
            if (segment.isEmpty() || !segment.chars().allMatch(c -> asciiLetter(c) || (!first && c == '_'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code ^(\s*\w+\s*,)*\s*\w+\s*$}: comma-separated words, each with optional JDK spaces around it. */
    private static boolean wordList(String s) {
        for (String item : s.split(",", -1)) {
            int start = 0;
            int end = item.length();
            while (start < end && jdkSpace(item.charAt(start))) {
                start++;
            }
            while (end > start && jdkSpace(item.charAt(end - 1))) {
                end--;
            }
            if (start == end || !item.substring(start, end).chars().allMatch(PatternStrings::wordChar)) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean wordChar(int c) {
        return asciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    /** The JDK's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean jdkSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
