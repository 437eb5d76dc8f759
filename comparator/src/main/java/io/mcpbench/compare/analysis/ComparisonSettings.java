package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.RowKey;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a comparison decides. {@code rowOverrides} may return thresholds for particular rows
 * (or null to keep the run-wide ones); it is called once per row, possibly from several threads.
 *
 * @param fdrQ               false discovery rate for Benjamini-Hochberg over the run's rows (0.05)
 * @param noiseFloor         smallest relative change that is a regression or improvement (0.02)
 * @param equivalenceBand    relative band for equivalence by two one-sided tests (0.05)
 * @param confidence         confidence of intervals (0.95); TOST runs at {@code 1 - confidence}
 * @param bootstrapResamples two-level bootstrap resamples per row (2000; 0 turns it off)
 * @param seed               bootstrap seed; the same seed gives the same result
 * @param rowOverrides       per-row thresholds, or null for none
 */
public record ComparisonSettings(double fdrQ, double noiseFloor, double equivalenceBand, double confidence,
                                 int bootstrapResamples, long seed, Function<RowKey, RowSettings> rowOverrides) {

    /** Relative tolerance of deterministic metrics by default. */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 0.01;
    /** Absolute tolerance of deterministic metrics by default (bytes per operation). */
    public static final double DEFAULT_ABSOLUTE_TOLERANCE = 16.0;

    public ComparisonSettings {
        if (!(fdrQ > 0 && fdrQ < 1)) {
            throw new IllegalArgumentException("fdrQ must be in (0, 1), got " + fdrQ);
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0.5, 1), got " + confidence);
        }
        if (bootstrapResamples != 0 && bootstrapResamples < 100) {
            throw new IllegalArgumentException("bootstrapResamples must be 0 or at least 100, got " + bootstrapResamples);
        }
        new RowSettings(noiseFloor, equivalenceBand, DEFAULT_RELATIVE_TOLERANCE, DEFAULT_ABSOLUTE_TOLERANCE);
    }

    /** q 0.05, floor 2%, band 5%, 95% intervals, 2,000 resamples, seed 42, no overrides. */
    public static ComparisonSettings defaults() {
        return new ComparisonSettings(0.05, 0.02, 0.05, 0.95, 2000, 42L, null);
    }

    /** These settings with another per-row override hook. */
    public ComparisonSettings withRowOverrides(Function<RowKey, RowSettings> overrides) {
        return new ComparisonSettings(fdrQ, noiseFloor, equivalenceBand, confidence, bootstrapResamples, seed, overrides);
    }

    /** These settings with another bootstrap size and seed. */
    public ComparisonSettings withBootstrap(int resamples, long newSeed) {
        return new ComparisonSettings(fdrQ, noiseFloor, equivalenceBand, confidence, resamples, newSeed, rowOverrides);
    }

    /** The thresholds that apply to {@code key}. */
    public RowSettings rowSettings(RowKey key) {
        if (rowOverrides != null) {
            RowSettings r = rowOverrides.apply(Objects.requireNonNull(key));
            if (r != null) {
                return r;
            }
        }
        return new RowSettings(noiseFloor, equivalenceBand, DEFAULT_RELATIVE_TOLERANCE, DEFAULT_ABSOLUTE_TOLERANCE);
    }
}
