package io.mcpbench.core.validation;

/**
 * Text from a schema or the arguments made safe for the package's one-line messages (rejection
 * reasons and invalid results): control characters and line separators are shown escaped
 * ({@code \n}, {@code \r}, {@code \t}, {@code \u0000}), so a property name or a {@code $ref} a
 * stranger wrote cannot break the line.
 */
final class EscapedText {

    private EscapedText() {
    }

    /** {@code s} with control characters escaped; {@code s} itself when it has none. */
    static String of(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!control) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? s : out.toString();
    }
}
