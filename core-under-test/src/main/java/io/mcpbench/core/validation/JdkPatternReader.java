package io.mcpbench.core.validation;

/**
 * A {@code java.util.regex} pattern read one character or code point at a time, shared by the
 * readers of its structure and of its classes. Literals and escapes are read here to the code
 * point they stand for, by the JDK's rules ({@code \x{..}}, a surrogate pair written as two
 * escapes, ASCII hex digits only, escaped punctuation), so the RE2 form can spell each one out and
 * never depends on how RE2 reads an escape. Lone surrogates and escapes of other meanings are
 * refused.
 */
final class JdkPatternReader {

    private final String in;
    private int pos;

    JdkPatternReader(String in) {
        this.in = in;
    }

    /** Whether characters are left. */
    boolean more() {
        return pos < in.length();
    }

    /** Whether a character is left at {@code offset} from the position. */
    boolean more(int offset) {
        return pos + offset < in.length();
    }

    /** The character at the position; there must be one. */
    char peek() {
        return in.charAt(pos);
    }

    /** The character at {@code offset} from the position; there must be one. */
    char peek(int offset) {
        return in.charAt(pos + offset);
    }

    /** Whether the character at the position is {@code c}. */
    boolean at(char c) {
        return pos < in.length() && in.charAt(pos) == c;
    }

    /** Whether the character at {@code offset} from the position is {@code c}. */
    boolean at(int offset, char c) {
        return pos + offset < in.length() && in.charAt(pos + offset) == c;
    }

    /** Moves past {@code chars} characters. */
    void skip(int chars) {
        pos += chars;
    }

    /** Up to {@code chars} characters from {@code offset} past the position, fewer at the end. */
    String lookahead(int offset, int chars) {
        return in.substring(pos + offset, Math.min(in.length(), pos + offset + chars));
    }

    /** The literal code point at the position (a surrogate pair is one). */
    int codePoint() throws UnsupportedConstruct {
        int cp = in.codePointAt(pos);
        pos += Character.charCount(cp);
        return notSurrogate(cp);
    }

    /** The code point of the escape at the position that stands for one: {@code \t}, {@code \x41}, {@code \.}, ... */
    int escapedCodePoint() throws UnsupportedConstruct {
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
                throw new UnsupportedConstruct(describeEscape(e));
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

    private int hexEscape() throws UnsupportedConstruct {
        int value;
        if (pos < in.length() && in.charAt(pos) == '{') {
            int close = in.indexOf('}', pos);
            if (close < 0 || close - pos > 7) {
                throw new UnsupportedConstruct("a malformed \\x escape");
            }
            value = hex(pos + 1, close);
            pos = close + 1;
        } else {
            value = hex(pos, pos + 2);
            pos += 2;
        }
        return notSurrogate(value);
    }

    private int unicodeEscape() throws UnsupportedConstruct {
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

    private int hex(int from, int to) throws UnsupportedConstruct {
        if (from >= to || to > in.length()) {
            throw new UnsupportedConstruct("a malformed hexadecimal escape");
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            int digit = c < 0x80 ? Character.digit(c, 16) : -1; // the JDK reads ASCII hex digits only
            if (digit < 0) {
                throw new UnsupportedConstruct("a malformed hexadecimal escape");
            }
            value = value * 16 + digit;
        }
        if (value > Character.MAX_CODE_POINT) {
            throw new UnsupportedConstruct("a code point past U+10FFFF");
        }
        return value;
    }

    private static int notSurrogate(int codePoint) throws UnsupportedConstruct {
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            throw new UnsupportedConstruct("a lone surrogate");
        }
        return codePoint;
    }
}
