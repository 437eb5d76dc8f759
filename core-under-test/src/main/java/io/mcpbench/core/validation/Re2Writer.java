package io.mcpbench.core.validation;

/**
 * The RE2 side of the rewrite: every construct written in an explicit form that does not depend on
 * how RE2 reads escapes or flags. Literals other than ASCII letters and digits become {@code
 * \x{..}} code points and classes become lists of code point ranges; a class the two engines could
 * read apart at a lone low surrogate ({@link CodePointSet#surrogateSafe}) is refused here, where
 * every class passes.
 */
final class Re2Writer {

    private final StringBuilder out;

    Re2Writer(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Appends syntax that means the same to both engines: {@code |}, {@code (?:}, quantifiers, anchors. */
    Re2Writer syntax(String s) {
        out.append(s);
        return this;
    }

    /** Appends one syntax character. */
    Re2Writer syntax(char c) {
        out.append(c);
        return this;
    }

    /** Appends a number (a repetition count). */
    Re2Writer count(int n) {
        out.append(n);
        return this;
    }

    /** Appends a literal code point. */
    void literal(int codePoint) {
        if ((codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                || (codePoint >= '0' && codePoint <= '9')) {
            out.append((char) codePoint);
        } else {
            codePoint(codePoint);
        }
    }

    /** Appends a class of the code points in {@code set}, sorted, merged ranges. */
    void ranges(int[] set) throws UnsupportedConstruct {
        if (!CodePointSet.surrogateSafe(set)) {
            throw new UnsupportedConstruct("a class that tells a lone low surrogate from a supplementary character");
        }
        out.append('[');
        for (int i = 0; i < set.length; i += 2) {
            codePoint(set[i]);
            if (set[i + 1] != set[i]) {
                out.append('-');
                codePoint(set[i + 1]);
            }
        }
        out.append(']');
    }

    private void codePoint(int codePoint) {
        out.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
