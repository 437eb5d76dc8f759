package io.mcpbench.core.validation;

/**
 * The structure of a JDK pattern (alternation, sequence, repetition, group, atom) read by
 * recursive descent and written in RE2 form as it goes, counting what the caller needs to judge
 * it: its elements (the JDK matcher's stack depth per character) and its program size with
 * counted repetitions expanded (the RE2 matcher's work per character). The refusals that are about
 * structure live here: lookaround and other group kinds, quantified anchors, anchors inside a
 * repeated group (the JDK ends a repetition at its first empty pass), possessive quantifiers,
 * deep nesting and oversized programs. Classes are read by {@link CharacterClassReader}, literals
 * and escapes by {@link JdkPatternReader}.
 */
final class JdkRegexRewriter {

    /** Deepest group nesting rewritten; the parser recurses once per level. */
    static final int MAX_GROUP_DEPTH = 64;

    /** Largest program rewritten, in instructions after counted repetitions are expanded. */
    static final long MAX_PROGRAM_SIZE = 10_000;

    /** Largest repetition count RE2 accepts. */
    private static final int MAX_REPEAT = 1_000;

    private final JdkPatternReader in;
    private final CharacterClassReader classes;
    private final Re2Writer out;
    private int nodes;
    /** Whether the last atom was an anchor, which takes no quantifier. */
    private boolean anchor;
    /** Anchors parsed so far. */
    private int anchors;

    JdkRegexRewriter(String jdkRegex) {
        this.in = new JdkPatternReader(jdkRegex);
        this.classes = new CharacterClassReader(in);
        this.out = new Re2Writer(jdkRegex.length() * 2 + 8);
    }

    /** Elements parsed so far: atoms, groups, quantifiers, alternatives. */
    int nodes() {
        return nodes;
    }

    /** The RE2 form written so far. */
    String re2() {
        return out.toString();
    }

    /** Whether the whole pattern has been read. */
    boolean atEnd() {
        return !in.more();
    }

    /** Parses {@code a|b|...} up to a ')' or the end; returns its program size. */
    long alternation(int depth) throws UnsupportedConstruct {
        long size = sequence(depth);
        while (in.at('|')) {
            in.skip(1);
            nodes++;
            out.syntax('|');
            size += sequence(depth) + 1;
            checkSize(size);
        }
        return size;
    }

    private long sequence(int depth) throws UnsupportedConstruct {
        long size = 0;
        while (in.more() && in.peek() != '|' && in.peek() != ')') {
            size += repetition(depth);
            checkSize(size);
        }
        return size;
    }

    private long repetition(int depth) throws UnsupportedConstruct {
        anchor = false;
        int anchorsBefore = anchors;
        long size = atom(depth);
        if (!in.more()) {
            return size;
        }
        char c = in.peek();
        if (c != '*' && c != '+' && c != '?' && c != '{') {
            return size;
        }
        if (anchor) {
            throw new UnsupportedConstruct("a quantified anchor");
        }
        if (c != '?' && anchors > anchorsBefore) {
            // The JDK ends a repetition at its first empty pass, which an anchor can make the
            // only way through at one position and not at the next.
            throw new UnsupportedConstruct("an anchor inside a repeated group");
        }
        long copies;
        if (c == '{') {
            int[] counts = counts();
            out.syntax('{').count(counts[0]);
            if (counts[1] != counts[0]) {
                out.syntax(',');
                if (counts[1] >= 0) {
                    out.count(counts[1]);
                }
            }
            out.syntax('}');
            copies = Math.max(1, counts[1] >= 0 ? counts[1] : counts[0] + 1);
        } else {
            in.skip(1);
            out.syntax(c);
            copies = 1;
        }
        nodes += 2;
        if (in.at('?')) {
            in.skip(1); // lazy: whether a match exists does not depend on the order of the tries
        }
        if (in.more() && "*+?{".indexOf(in.peek()) >= 0) {
            throw new UnsupportedConstruct(in.peek() == '+' ? "a possessive quantifier" : "a repeated quantifier");
        }
        return size * copies + 1;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}}: {n, m}, m = -1 for no upper bound. */
    private int[] counts() throws UnsupportedConstruct {
        in.skip(1);
        int min = number();
        int max = min;
        if (in.at(',')) {
            in.skip(1);
            max = in.at('}') ? -1 : number();
        }
        if (!in.at('}')) {
            throw new UnsupportedConstruct("a malformed repetition");
        }
        in.skip(1);
        if (max >= 0 && max < min) {
            throw new UnsupportedConstruct("a malformed repetition");
        }
        return new int[] {min, max};
    }

    private int number() throws UnsupportedConstruct {
        long value = 0;
        boolean digits = false;
        while (in.more() && in.peek() >= '0' && in.peek() <= '9') {
            value = value * 10 + (in.peek() - '0');
            in.skip(1);
            digits = true;
            if (value > MAX_REPEAT) {
                throw new UnsupportedConstruct("a repetition count over " + MAX_REPEAT);
            }
        }
        if (!digits) {
            throw new UnsupportedConstruct("a malformed repetition");
        }
        return (int) value;
    }

    /** Parses one atom; returns its program size. */
    private long atom(int depth) throws UnsupportedConstruct {
        char c = in.peek();
        nodes++;
        switch (c) {
            case '(' -> {
                return group(depth);
            }
            case '[' -> {
                in.skip(1);
                out.ranges(classes.read());
            }
            case '.' -> {
                in.skip(1);
                out.ranges(CodePointSet.DOT);
            }
            case '^' -> {
                in.skip(1);
                out.syntax("\\A");
                anchor = true;
                anchors++;
            }
            case '\\' -> escape();
            case '*', '+', '?', '{', '$' -> throw new UnsupportedConstruct("'" + c + "' where an atom belongs");
            default -> out.literal(in.codePoint());
        }
        return 1;
    }

    private long group(int depth) throws UnsupportedConstruct {
        if (depth >= MAX_GROUP_DEPTH) {
            throw new UnsupportedConstruct("groups nested deeper than " + MAX_GROUP_DEPTH);
        }
        in.skip(1);
        if (in.at('?')) {
            if (in.at(1, ':')) {
                in.skip(2);
            } else {
                throw new UnsupportedConstruct(groupKind());
            }
        }
        nodes++;
        out.syntax("(?:");
        long size = alternation(depth + 1);
        if (!in.at(')')) {
            throw new UnsupportedConstruct("an unclosed group");
        }
        in.skip(1);
        out.syntax(')');
        anchor = false;
        return size + 2;
    }

    private String groupKind() {
        String rest = in.lookahead(1, 2);
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
    private void escape() throws UnsupportedConstruct {
        if (!in.more(1)) {
            throw new UnsupportedConstruct("a trailing backslash");
        }
        char e = in.peek(1);
        int[] set = CodePointSet.predefined(e);
        if (set != null) {
            in.skip(2);
            out.ranges(set);
        } else if (e == 'A' || e == 'z') {
            in.skip(2);
            out.syntax('\\').syntax(e);
            anchor = true;
            anchors++;
        } else {
            out.literal(in.escapedCodePoint());
        }
    }

    private static void checkSize(long size) throws UnsupportedConstruct {
        if (size > MAX_PROGRAM_SIZE) {
            throw new UnsupportedConstruct("a program of more than " + MAX_PROGRAM_SIZE + " instructions");
        }
    }
}
