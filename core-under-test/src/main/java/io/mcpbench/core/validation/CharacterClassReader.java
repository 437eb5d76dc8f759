package io.mcpbench.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * A JDK character class ({@code [a-z_]}, {@code [^\s\d]}) read into the {@link CodePointSet} it
 * accepts. Only flat classes are read: nesting, intersection, a {@code '-'} that is neither a range
 * nor last, and a range ending in a class have subtle JDK meanings that RE2 does not share, so
 * they are refused rather than guessed at.
 */
final class CharacterClassReader {

    private final JdkPatternReader in;

    CharacterClassReader(JdkPatternReader in) {
        this.in = in;
    }

    /** The class after its '[': its code point ranges, complemented if negated. */
    int[] read() throws UnsupportedConstruct {
        boolean negated = in.at('^');
        if (negated) {
            in.skip(1);
        }
        List<int[]> parts = new ArrayList<>();
        boolean first = true;
        while (true) {
            if (!in.more()) {
                throw new UnsupportedConstruct("an unclosed class");
            }
            char c = in.peek();
            if (c == ']' && !first) {
                in.skip(1);
                break;
            }
            if (c == ']' || c == '[') {
                throw new UnsupportedConstruct(c == '[' ? "a nested class" : "']' first in a class");
            }
            if (c == '&' && in.at(1, '&')) {
                throw new UnsupportedConstruct("a class intersection");
            }
            if (c == '-' && !first && !in.at(1, ']')) {
                throw new UnsupportedConstruct("'-' inside a class");
            }
            first = false;
            if (c == '\\' && in.more(1) && CodePointSet.predefined(in.peek(1)) != null) {
                parts.add(CodePointSet.predefined(in.peek(1)));
                in.skip(2);
                continue;
            }
            int lo = codePoint();
            int hi = lo;
            if (in.more(1) && in.peek() == '-' && in.peek(1) != ']') {
                in.skip(1);
                if (in.peek() == '[' || (in.peek() == '\\' && in.more(1)
                        && CodePointSet.predefined(in.peek(1)) != null)) {
                    throw new UnsupportedConstruct("a range ending in a class");
                }
                hi = codePoint();
                if (hi < lo) {
                    throw new UnsupportedConstruct("a backwards range");
                }
            }
            parts.add(new int[] {lo, hi});
        }
        int[] set = CodePointSet.union(parts);
        return negated ? CodePointSet.complement(set) : set;
    }

    private int codePoint() throws UnsupportedConstruct {
        if (in.peek() == '\\') {
            if (!in.more(1)) {
                throw new UnsupportedConstruct("a trailing backslash");
            }
            return in.escapedCodePoint();
        }
        return in.codePoint();
    }
}
