package io.mcpbench.compare.html;

import io.mcpbench.compare.model.RowKey;
import java.util.List;
import java.util.Objects;

/**
 * One row's values across the runs of a history, as the HTML report draws it: a value per run
 * in which the row is present ({@code runIndex} says which of {@link Trends#runs()}), in one unit,
 * with the points where the series shifted. The report draws; it does not detect shifts.
 *
 * @param key      the row
 * @param unit     the unit of every value
 * @param runIndex position of each value's run among the history's runs, increasing
 * @param values   the run values, oldest first
 * @param changes  change points, oldest first
 */
public record TrendLine(RowKey key, String unit, int[] runIndex, double[] values, List<ChangeMark> changes) {

    public TrendLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(runIndex, "runIndex");
        Objects.requireNonNull(values, "values");
        changes = List.copyOf(changes);
        if (runIndex.length != values.length) {
            throw new IllegalArgumentException(key.displayName() + ": " + runIndex.length + " run indexes for "
                    + values.length + " values");
        }
        for (int i = 1; i < runIndex.length; i++) {
            if (runIndex[i] <= runIndex[i - 1]) {
                throw new IllegalArgumentException(key.displayName() + ": run indexes must increase, got "
                        + runIndex[i - 1] + " then " + runIndex[i]);
            }
        }
        for (ChangeMark c : changes) {
            if (c.index() < 0 || c.index() >= values.length) {
                throw new IllegalArgumentException(key.displayName() + ": change point at value " + c.index()
                        + " of " + values.length);
            }
        }
    }

    /**
     * A point where the series shifted.
     *
     * @param index      position in the series of the first value at the new level
     * @param change     relative change of the level, {@code after / before - 1}
     * @param regression true when the shift is for the worse in the row's direction
     * @param pValue     how sure the detector was (NaN when it gives none)
     */
    public record ChangeMark(int index, double change, boolean regression, double pValue) {
    }
}
