package io.mcpbench.compare.markdown;

/**
 * Text placed into CommonMark / GitHub-flavoured Markdown so that a renderer shows exactly that
 * text: benchmark names and parameter values come from result files and may hold any character.
 * Plain text has every character that could be read as markup backslash-escaped (CommonMark lets
 * any ASCII punctuation be escaped): {@code * _ ` [ ] < & | ~ $} anywhere, and the punctuation
 * that would open a block (a heading, quote, list) at its start; code spans are fenced with one backtick more
 * than the longest run inside them, since CommonMark reads no backslash escapes in a code span.
 * A table cell also needs its pipes escaped, even inside a code span (GFM splits the row first).
 * Line breaks and tabs become spaces; NUL and the other control characters, which a page cannot
 * show, and unpaired surrogates become U+FFFD.
 */
public final class Markdown {

    /**
     * The characters that mean something anywhere in a line: escapes, code, emphasis, GFM
     * strikethrough, links and images, autolinks and HTML (opened by {@code <}), entity references,
     * table cells, and GitHub's math. The others ({@code # > - + = .} ...) only at the start of a block.
     */
    private static final String INLINE_MARKUP = "\\`*_~[]<&|$";

    private Markdown() {
    }

    /** {@code s} as plain Markdown text in running text, or at the start of a paragraph or list item. */
    public static String text(String s) {
        return escape(s, true);
    }

    /** {@code s} as plain Markdown text in a table cell, which holds inline content only. */
    public static String cell(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean blockStart) {
        String v = visible(s);
        int first = 0;
        while (first < v.length() && v.charAt(first) == ' ') first++;
        int end = v.length();
        while (end > first && v.charAt(end - 1) == ' ') end--;
        int digits = first;
        while (digits < end && v.charAt(digits) >= '0' && v.charAt(digits) <= '9') digits++;
        StringBuilder sb = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (i < first || i >= end) {
                sb.append("&#32;"); // a renderer drops spaces at either end of a block or cell
                continue;
            }
            boolean markup = INLINE_MARKUP.indexOf(c) >= 0
                    || (blockStart && i == first && isAsciiPunctuation(c))                   // # > - + = ...: a block
                    || (blockStart && i == digits && i > first && (c == '.' || c == ')'));  // 1. or 1): an ordered list
            if (markup) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code s} as a code span in running text (a heading, a paragraph, a list item). */
    public static String code(String s) {
        return span(visible(s));
    }

    /** {@code s} as a code span inside a table cell. */
    public static String cellCode(String s) {
        return span(visible(s)).replace("|", "\\|");
    }

    /**
     * {@code s} with line breaks and tabs as spaces, and every other control character (C0, DEL,
     * C1) and every unpaired surrogate as U+FFFD: a table row is one line, a control character is
     * no text a reader can see, and an unpaired surrogate has no UTF-8 form.
     */
    static String visible(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c == '\n' || c == '\r' || c == '\t') {
                r = ' ';
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || unpaired(s, i)) {
                r = '\uFFFD';
            }
            if (r != c && sb == null) sb = new StringBuilder(s).delete(i, s.length());
            if (sb != null) sb.append(r);
        }
        return sb == null ? s : sb.toString();
    }

    /** True when {@code s.charAt(i)} is a surrogate without its other half. */
    static boolean unpaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    private static String span(String v) {
        if (v.isEmpty()) return "";
        int longest = 0;
        int run = 0;
        for (int i = 0; i < v.length(); i++) {
            run = v.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // CommonMark strips one space from each end of a span that starts and ends with a space,
        // and a backtick at either end would join the fence: pad both ends with a space then.
        boolean pad = v.charAt(0) == '`' || v.charAt(v.length() - 1) == '`'
                || (v.charAt(0) == ' ' && v.charAt(v.length() - 1) == ' ' && !v.chars().allMatch(c -> c == ' '));
        return pad ? fence + ' ' + v + ' ' + fence : fence + v + fence;
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
