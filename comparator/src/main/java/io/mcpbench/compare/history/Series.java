package io.mcpbench.compare.history;

import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.normalize.MetricDirection;
import java.util.List;
import java.util.Objects;

/**
 * One row's values across the runs of a history: per run in which the row is present, its
 * centre (geometric mean of fork means, or the arithmetic mean when a value is not positive) in
 * one normalised unit. Runs without the row are gaps: they hold no value, and {@code runIndex}
 * says where each value sits among all runs.
 *
 * @param key       the row
 * @param unit      the unit of every value
 * @param direction which way is better
 * @param runIds    the id of the run of each value
 * @param runIndex  the position of each value's run in the history (increasing)
 * @param values    the run centres, oldest first
 */
public record Series(RowKey key, String unit, MetricDirection direction, List<String> runIds, int[] runIndex,
        double[] values) {

    public Series {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        runIds = List.copyOf(runIds);
        if (runIds.size() != values.length || runIndex.length != values.length) {
            throw new IllegalArgumentException(key.displayName() + ": " + runIds.size() + " run ids, "
                    + runIndex.length + " run indexes and " + values.length + " values");
        }
    }

    /** Number of runs holding a value. */
    public int size() {
        return values.length;
    }
}
