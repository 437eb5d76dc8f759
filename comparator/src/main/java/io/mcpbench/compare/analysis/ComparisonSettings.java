package io.mcpbench.compare.analysis;

import io.mcpbench.compare.decision.RowSettings;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.normalize.Directions;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a comparison decides. {@code rowSettings} gives each row its floor and whether it is gated
 * (a policy's defaults and overrides); it is called once per row, possibly from several threads.
 *
 * @param q           false discovery rate of the Benjamini-Hochberg adjustment over each family
 *                    (gated rows, ungated rows), and the level of the two one-sided tests (0.05)
 * @param rowSettings per-row thresholds and gating
 * @param runLevel    run-to-run variance from a history, or null when there is none
 */
public record ComparisonSettings(double q, Function<RowKey, RowSettings> rowSettings, RunLevel runLevel) {

    /** Default false discovery rate. */
    public static final double DEFAULT_Q = 0.05;
    /** Default noise floor: 2%. */
    public static final double DEFAULT_NOISE_FLOOR = 0.02;

    public ComparisonSettings {
        if (!(q > 0 && q < 0.5)) {
            throw new IllegalArgumentException("q must be in (0, 0.5), got " + q);
        }
        Objects.requireNonNull(rowSettings, "rowSettings");
    }

    /** q 0.05, floor 2%, allocation floor 8 B, the primary score and allocation per op gated, no history. */
    public static ComparisonSettings defaults() {
        return of(DEFAULT_Q, DEFAULT_NOISE_FLOOR);
    }

    /** {@code q} and one noise floor for every row; the primary score and allocation per op gated. */
    public static ComparisonSettings of(double q, double noiseFloor) {
        return new ComparisonSettings(q, key -> new RowSettings(noiseFloor, RowSettings.DEFAULT_ALLOCATION_FLOOR,
                key.isPrimary() || Directions.isAllocation(key)), null);
    }

    /** These settings with run-to-run variance from a history. */
    public ComparisonSettings withRunLevel(RunLevel history) {
        return new ComparisonSettings(q, rowSettings, history);
    }

    /** The settings of {@code key}. */
    public RowSettings settings(RowKey key) {
        return rowSettings.apply(Objects.requireNonNull(key));
    }
}
