package io.mcpbench.core.validation;

import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code java.util.regex} pattern rewritten for RE2/J, whose matcher runs in time linear in the
 * input and in constant stack, when the rewrite provably finds a match in exactly the strings the
 * JDK finds one in. The JDK matcher recurses once or more per repetition of a group with
 * alternatives, so {@code ^([a-z0-9]|-)+$} overflows a default thread stack on a two-thousand
 * character string; the rewrite is what lets such a string get its true answer.
 *
 * <p>Only a conservative subset of the JDK syntax is rewritten, each construct into an explicit
 * form that does not depend on how RE2 reads escapes or flags: literals (as {@code \x{..}} code
 * points), {@code .}, classes without nesting or intersection (as explicit code point ranges),
 * {@code \d \w \s} and their complements, {@code ^ \A \z} (the library turns {@code $} into
 * {@code \z}), groups (captures do not change whether a match exists), alternation, and greedy or
 * lazy quantifiers with counts up to 1,000. Anything else (back-references, lookaround, word
 * boundaries, Unicode properties, inline flags, possessive quantifiers, lone surrogates) keeps the
 * JDK matcher; {@link #reason()} says which construct did.
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

    /** Deepest group nesting rewritten; the parser recurses once per level. */
    static final int MAX_GROUP_DEPTH = 64;

    /** Largest program rewritten, in instructions after counted repetitions are expanded. */
    static final long MAX_PROGRAM_SIZE = 10_000;

    /** Longest pattern rewritten: real ones are a few dozen characters; this bounds the rewrite's own cost. */
    static final int MAX_PATTERN_CHARS = 10_000;

    /** Largest repetition count RE2 accepts. */
    private static final int MAX_REPEAT = 1_000;

    private static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;
    private static final int[] DIGIT = {'0', '9'};
    private static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
    /** The JDK's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static final int[] SPACE = {'\t', '\r', ' ', ' '};
    /** The JDK's {@code .} without flags: anything but its line terminators. */
    private static final int[] DOT = complement(new int[] {'\n', '\n', '\r', '\r', 0x85, 0x85, 0x2028, 0x2029});
    private static final int[] ALL_SUPPLEMENTARY = {Character.MIN_SUPPLEMENTARY_CODE_POINT, MAX_CODE_POINT};

    private final com.google.re2j.Pattern pattern;
    private final int nodes;
    private final long size;
    private final String reason;

    private LinearTranslation(com.google.re2j.Pattern pattern, Parser parser, String reason) {
        this.pattern = pattern;
        this.nodes = parser.nodes;
        this.size = parser.size;
        this.reason = reason;
    }

    /**
     * The rewrite of {@code jdkRegex} (as given to {@code java.util.regex.Pattern.compile}, no
     * flags, and valid there), or a translation without a pattern that says why there is none.
     */
    static LinearTranslation of(String jdkRegex) {
        Parser parser = new Parser(jdkRegex);
        String reason;
        try {
            if (jdkRegex.length() > MAX_PATTERN_CHARS) {
                throw new Unsupported("a pattern of more than " + MAX_PATTERN_CHARS + " characters");
            }
            parser.size = parser.alternation(0);
            if (parser.pos < jdkRegex.length()) {
                throw new Unsupported("an unmatched ')'");
            }
            return new LinearTranslation(com.google.re2j.Pattern.compile(parser.out.toString()), parser, null);
        } catch (Unsupported e) {
            reason = e.getMessage();
        } catch (PatternSyntaxException e) {
            reason = "syntax RE2/J refuses (" + e.getDescription() + ")";
        }
        return new LinearTranslation(null, parser, reason);
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

    /** A construct outside the rewritten subset; ends the parse. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String construct) {
            super(construct, null, false, false);
        }
    }

    /** Recursive descent over the JDK syntax, writing the RE2 form as it goes. */
    private static final class Parser {
        final String in;
        final StringBuilder out;
        int pos;
        int nodes;
        long size;
        /** Whether the last atom was an anchor, which takes no quantifier. */
        boolean anchor;
        /** Anchors parsed so far. */
        int anchors;

        Parser(String in) {
            this.in = in;
            this.out = new StringBuilder(in.length() * 2 + 8);
        }

        /** Parses {@code a|b|...} up to a ')' or the end; returns its program size. */
        long alternation(int depth) throws Unsupported {
            long size = sequence(depth);
            while (pos < in.length() && in.charAt(pos) == '|') {
                pos++;
                nodes++;
                out.append('|');
                size += sequence(depth) + 1;
                checkSize(size);
            }
            return size;
        }

        private long sequence(int depth) throws Unsupported {
            long size = 0;
            while (pos < in.length() && in.charAt(pos) != '|' && in.charAt(pos) != ')') {
                size += repetition(depth);
                checkSize(size);
            }
            return size;
        }

        private long repetition(int depth) throws Unsupported {
            anchor = false;
            int anchorsBefore = anchors;
            long size = atom(depth);
            if (pos >= in.length()) {
                return size;
            }
            char c = in.charAt(pos);
            if (c != '*' && c != '+' && c != '?' && c != '{') {
                return size;
            }
            if (anchor) {
                throw new Unsupported("a quantified anchor");
            }
            if (c != '?' && anchors > anchorsBefore) {
                // The JDK ends a repetition at its first empty pass, which an anchor can make the
                // only way through at one position and not at the next.
                throw new Unsupported("an anchor inside a repeated group");
            }
            long copies;
            if (c == '{') {
                int[] counts = counts();
                out.append('{').append(counts[0]);
                if (counts[1] != counts[0]) {
                    out.append(',');
                    if (counts[1] >= 0) {
                        out.append(counts[1]);
                    }
                }
                out.append('}');
                copies = Math.max(1, counts[1] >= 0 ? counts[1] : counts[0] + 1);
            } else {
                pos++;
                out.append(c);
                copies = 1;
            }
            nodes += 2;
            if (pos < in.length() && in.charAt(pos) == '?') {
                pos++; // lazy: whether a match exists does not depend on the order of the tries
            }
            if (pos < in.length() && "*+?{".indexOf(in.charAt(pos)) >= 0) {
                throw new Unsupported(in.charAt(pos) == '+' ? "a possessive quantifier" : "a repeated quantifier");
            }
            return size * copies + 1;
        }

        /** {@code {n}}, {@code {n,}} or {@code {n,m}}: {n, m}, m = -1 for no upper bound. */
        private int[] counts() throws Unsupported {
            pos++;
            int min = number();
            int max = min;
            if (pos < in.length() && in.charAt(pos) == ',') {
                pos++;
                max = pos < in.length() && in.charAt(pos) == '}' ? -1 : number();
            }
            if (pos >= in.length() || in.charAt(pos) != '}') {
                throw new Unsupported("a malformed repetition");
            }
            pos++;
            if (max >= 0 && max < min) {
                throw new Unsupported("a malformed repetition");
            }
            return new int[] {min, max};
        }

        private int number() throws Unsupported {
            int start = pos;
            long value = 0;
            while (pos < in.length() && in.charAt(pos) >= '0' && in.charAt(pos) <= '9') {
                value = value * 10 + (in.charAt(pos++) - '0');
                if (value > MAX_REPEAT) {
                    throw new Unsupported("a repetition count over " + MAX_REPEAT);
                }
            }
            if (pos == start) {
                throw new Unsupported("a malformed repetition");
            }
            return (int) value;
        }

        /** Parses one atom; returns its program size. */
        private long atom(int depth) throws Unsupported {
            char c = in.charAt(pos);
            nodes++;
            switch (c) {
                case '(' -> {
                    return group(depth);
                }
                case '[' -> {
                    pos++;
                    ranges(characterClass());
                }
                case '.' -> {
                    pos++;
                    ranges(DOT);
                }
                case '^' -> {
                    pos++;
                    out.append("\\A");
                    anchor = true;
                    anchors++;
                }
                case '\\' -> escape();
                case '*', '+', '?', '{', '$' -> throw new Unsupported("'" + c + "' where an atom belongs");
                default -> literal(codePoint());
            }
            return 1;
        }

        private long group(int depth) throws Unsupported {
            if (depth >= MAX_GROUP_DEPTH) {
                throw new Unsupported("groups nested deeper than " + MAX_GROUP_DEPTH);
            }
            pos++;
            if (pos < in.length() && in.charAt(pos) == '?') {
                if (pos + 1 < in.length() && in.charAt(pos + 1) == ':') {
                    pos += 2;
                } else {
                    throw new Unsupported(groupKind());
                }
            }
            nodes++;
            out.append("(?:");
            long size = alternation(depth + 1);
            if (pos >= in.length() || in.charAt(pos) != ')') {
                throw new Unsupported("an unclosed group");
            }
            pos++;
            out.append(')');
            anchor = false;
            return size + 2;
        }

        private String groupKind() {
            String rest = in.substring(pos + 1, Math.min(in.length(), pos + 3));
            if (rest.startsWith("=") || rest.startsWith("!")) {
                return "a lookahead";
            }
            if (rest.startsWith("<=") || rest.startsWith("<!")) {
                return "a lookbehind";
            }
            if (rest.startsWith("<")) {
                return "a named group";
            }
            if (rest.startsWith(">")) {
                return "an atomic group";
            }
            return "an inline flag";
        }

        /** An escape outside a class. */
        private void escape() throws Unsupported {
            if (pos + 1 >= in.length()) {
                throw new Unsupported("a trailing backslash");
            }
            char e = in.charAt(pos + 1);
            int[] set = classEscape(e);
            if (set != null) {
                pos += 2;
                ranges(set);
            } else if (e == 'A' || e == 'z') {
                pos += 2;
                out.append('\\').append(e);
                anchor = true;
                anchors++;
            } else {
                literal(escapedCodePoint());
            }
        }

        /** The ranges of {@code \d \D \w \W \s \S}, or {@code null} for any other letter. */
        private static int[] classEscape(char e) {
            return switch (e) {
                case 'd' -> DIGIT;
                case 'D' -> complement(DIGIT);
                case 'w' -> WORD;
                case 'W' -> complement(WORD);
                case 's' -> SPACE;
                case 'S' -> complement(SPACE);
                default -> null;
            };
        }

        /** The code point of an escape that stands for one: {@code \t}, {@code \x41}, {@code \.}, ... */
        private int escapedCodePoint() throws Unsupported {
            char e = in.charAt(pos + 1);
            pos += 2;
            switch (e) {
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                case 'a':
                    return 0x07;
                case 'e':
                    return 0x1B;
                case 'x':
                    return hexEscape();
                case 'u':
                    return unicodeEscape();
                default:
                    if (e < 0x80 && !Character.isLetterOrDigit(e) && !Character.isISOControl(e)) {
                        return e; // an escaped ASCII punctuation mark or space stands for itself
                    }
                    throw new Unsupported(describeEscape(e));
            }
        }

        private static String describeEscape(char e) {
            return switch (e) {
                case 'p', 'P' -> "a Unicode property (\\" + e + ")";
                case 'b', 'B' -> "a word boundary (\\" + e + ")";
                case 'k', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> "a back-reference";
                default -> "the escape \\" + e;
            };
        }

        private int hexEscape() throws Unsupported {
            int value;
            if (pos < in.length() && in.charAt(pos) == '{') {
                int close = in.indexOf('}', pos);
                if (close < 0 || close - pos > 7) {
                    throw new Unsupported("a malformed \\x escape");
                }
                value = hex(pos + 1, close);
                pos = close + 1;
            } else {
                value = hex(pos, pos + 2);
                pos += 2;
            }
            return notSurrogate(value);
        }

        private int unicodeEscape() throws Unsupported {
            int value = hex(pos, pos + 4);
            pos += 4;
            if (Character.isHighSurrogate((char) value) && in.startsWith("\\u", pos)) {
                int low = hex(pos + 2, pos + 6);
                if (Character.isLowSurrogate((char) low)) {
                    pos += 6;
                    return Character.toCodePoint((char) value, (char) low);
                }
            }
            return notSurrogate(value);
        }

        private int hex(int from, int to) throws Unsupported {
            if (from >= to || to > in.length()) {
                throw new Unsupported("a malformed hexadecimal escape");
            }
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = in.charAt(i);
                int digit = c < 0x80 ? Character.digit(c, 16) : -1; // the JDK reads ASCII hex digits only
                if (digit < 0) {
                    throw new Unsupported("a malformed hexadecimal escape");
                }
                value = value * 16 + digit;
            }
            if (value > MAX_CODE_POINT) {
                throw new Unsupported("a code point past U+10FFFF");
            }
            return value;
        }

        private static int notSurrogate(int codePoint) throws Unsupported {
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                throw new Unsupported("a lone surrogate");
            }
            return codePoint;
        }

        /** The literal code point at {@code pos} (a surrogate pair is one). */
        private int codePoint() throws Unsupported {
            int cp = in.codePointAt(pos);
            pos += Character.charCount(cp);
            return notSurrogate(cp);
        }

        /** A class after its '[': its code point ranges, complemented if negated. */
        private int[] characterClass() throws Unsupported {
            boolean negated = pos < in.length() && in.charAt(pos) == '^';
            if (negated) {
                pos++;
            }
            List<int[]> parts = new ArrayList<>();
            boolean first = true;
            while (true) {
                if (pos >= in.length()) {
                    throw new Unsupported("an unclosed class");
                }
                char c = in.charAt(pos);
                if (c == ']' && !first) {
                    pos++;
                    break;
                }
                if (c == ']' || c == '[') {
                    throw new Unsupported(c == '[' ? "a nested class" : "']' first in a class");
                }
                if (c == '&' && pos + 1 < in.length() && in.charAt(pos + 1) == '&') {
                    throw new Unsupported("a class intersection");
                }
                if (c == '-' && !first && !(pos + 1 < in.length() && in.charAt(pos + 1) == ']')) {
                    throw new Unsupported("'-' inside a class");
                }
                first = false;
                if (c == '\\' && pos + 1 < in.length() && classEscape(in.charAt(pos + 1)) != null) {
                    parts.add(classEscape(in.charAt(pos + 1)));
                    pos += 2;
                    continue;
                }
                int lo = classCodePoint();
                int hi = lo;
                if (pos + 1 < in.length() && in.charAt(pos) == '-' && in.charAt(pos + 1) != ']') {
                    pos++;
                    if (in.charAt(pos) == '[' || (in.charAt(pos) == '\\' && pos + 1 < in.length()
                            && classEscape(in.charAt(pos + 1)) != null)) {
                        throw new Unsupported("a range ending in a class");
                    }
                    hi = classCodePoint();
                    if (hi < lo) {
                        throw new Unsupported("a backwards range");
                    }
                }
                parts.add(new int[] {lo, hi});
            }
            int[] set = union(parts);
            return negated ? complement(set) : set;
        }

        private int classCodePoint() throws Unsupported {
            if (in.charAt(pos) == '\\') {
                if (pos + 1 >= in.length()) {
                    throw new Unsupported("a trailing backslash");
                }
                return escapedCodePoint();
            }
            return codePoint();
        }

        private void literal(int codePoint) {
            if ((codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9')) {
                out.append((char) codePoint);
            } else {
                hexTo(out, codePoint);
            }
        }

        private void ranges(int[] set) throws Unsupported {
            if (!surrogateSafe(set)) {
                throw new Unsupported("a class that tells a lone low surrogate from a supplementary character");
            }
            out.append('[');
            for (int i = 0; i < set.length; i += 2) {
                hexTo(out, set[i]);
                if (set[i + 1] != set[i]) {
                    out.append('-');
                    hexTo(out, set[i + 1]);
                }
            }
            out.append(']');
        }

        private static void checkSize(long size) throws Unsupported {
            if (size > MAX_PROGRAM_SIZE) {
                throw new Unsupported("a program of more than " + MAX_PROGRAM_SIZE + " instructions");
            }
        }
    }

    private static void hexTo(StringBuilder out, int codePoint) {
        out.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
    }

    /**
     * Whether a class reads alike on both engines wherever a match may start: it accepts no low
     * surrogate, or it accepts every supplementary code point too.
     */
    static boolean surrogateSafe(int[] set) {
        return !intersects(set, Character.MIN_LOW_SURROGATE, Character.MAX_LOW_SURROGATE)
                || covers(set, ALL_SUPPLEMENTARY[0], ALL_SUPPLEMENTARY[1]);
    }

    private static boolean intersects(int[] set, int lo, int hi) {
        for (int i = 0; i < set.length; i += 2) {
            if (set[i] <= hi && set[i + 1] >= lo) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(int[] set, int lo, int hi) {
        for (int i = 0; i < set.length; i += 2) {
            if (set[i] <= lo && set[i + 1] >= hi) {
                return true;
            }
        }
        return false;
    }

    /** Sorted, merged ranges {lo0, hi0, lo1, hi1, ...} of the union of the parts. */
    static int[] union(List<int[]> parts) {
        List<int[]> ranges = new ArrayList<>();
        for (int[] part : parts) {
            for (int i = 0; i < part.length; i += 2) {
                ranges.add(new int[] {part[i], part[i + 1]});
            }
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        int[] set = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            set[2 * i] = merged.get(i)[0];
            set[2 * i + 1] = merged.get(i)[1];
        }
        return set;
    }

    /** The code points from 0 to U+10FFFF that sorted, merged {@code set} leaves out. */
    static int[] complement(int[] set) {
        List<int[]> gaps = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < set.length; i += 2) {
            if (set[i] > next) {
                gaps.add(new int[] {next, set[i] - 1});
            }
            next = set[i + 1] + 1;
        }
        if (next <= MAX_CODE_POINT) {
            gaps.add(new int[] {next, MAX_CODE_POINT});
        }
        return union(gaps);
    }
}
