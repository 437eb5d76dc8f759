package io.mcpbench.compare.analysis;

/**
 * Per-row thresholds, so a noisy benchmark can have a wider band than a quiet one.
 *
 * @param noiseFloor        smallest relative change reported as a regression or improvement (0.02 = 2%)
 * @param equivalenceBand   relative band inside which two sides count as equivalent (0.05 = 5%)
 * @param relativeTolerance for deterministic metrics: allowed relative difference (0.01 = 1%)
 * @param absoluteTolerance for deterministic metrics: allowed absolute difference, in the row's unit (16 B/op)
 */
public record RowSettings(double noiseFloor, double equivalenceBand, double relativeTolerance, double absoluteTolerance) {

    public RowSettings {
        check(noiseFloor, "noiseFloor");
        check(equivalenceBand, "equivalenceBand");
        check(relativeTolerance, "relativeTolerance");
        if (!(absoluteTolerance >= 0) || Double.isInfinite(absoluteTolerance)) {
            throw new IllegalArgumentException("absoluteTolerance must be a finite value >= 0, got " + absoluteTolerance);
        }
        if (!(equivalenceBand > 0)) {
            throw new IllegalArgumentException("equivalenceBand must be > 0, got " + equivalenceBand);
        }
    }

    private static void check(double v, String name) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + v);
        }
    }
}
