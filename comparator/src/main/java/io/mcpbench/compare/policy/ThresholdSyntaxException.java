package io.mcpbench.compare.policy;

import io.mcpbench.compare.model.OneLine;

/**
 * A threshold expression that does not parse; the message names the expression and position, on
 * one line: control characters in the expression are shown escaped ({@code \n}, {@code \u0000}).
 */
public final class ThresholdSyntaxException extends PolicyException {

    private final int position;

    public ThresholdSyntaxException(String expression, int position, String what) {
        super(OneLine.of("threshold \"" + expression + "\": " + what + " at position " + (position + 1)));
        this.position = position;
    }

    /** Zero-based index into the expression where the problem was found. */
    public int position() {
        return position;
    }
}
