package io.mcpbench.compare.policy;

/**
 * A threshold expression that does not parse; the message names the expression and position, on
 * one line: control characters in the expression are shown escaped ({@code \n}, {@code \u0000}).
 */
public final class ThresholdSyntaxException extends PolicyException {

    private final int position;

    public ThresholdSyntaxException(String expression, int position, String what) {
        super(printable("threshold \"" + expression + "\": " + what + " at position " + (position + 1)));
        this.position = position;
    }

    /** Zero-based index into the expression where the problem was found. */
    public int position() {
        return position;
    }

    private static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out == null) continue;
            if (!control) out.append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else out.append(String.format("\\u%04x", (int) c));
        }
        return out == null ? s : out.toString();
    }
}
