package io.mcpbench.compare.history;

import io.mcpbench.compare.model.Direction;

/**
 * Which way a change went for the row's direction: worse, better, or neither (a centre that did
 * not move, or a metric with no better side).
 */
public enum Shift {
    REGRESSION,
    IMPROVEMENT,
    NEUTRAL;

    /** The kind of a relative change {@code after / before - 1} of a metric with {@code direction}. */
    public static Shift of(double relativeChange, Direction direction) {
        if (relativeChange == 0 || Double.isNaN(relativeChange) || direction == Direction.NONE) {
            return NEUTRAL;
        }
        boolean up = relativeChange > 0;
        return up == (direction == Direction.LOWER_IS_BETTER) ? REGRESSION : IMPROVEMENT;
    }

    /** Lower-case word for reports. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
