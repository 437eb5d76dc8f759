package io.mcpbench.core.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a histogram family maps its integer ticks to the unit it reports in, which range it tracks,
 * and which bucket boundaries it exports. Recording is done in ticks (for example nanoseconds),
 * reporting in the unit (for example seconds): {@code valueInUnit = ticks * tickSize}. Ticks
 * outside {@code 0..highestTrackableTicks} are clamped to the nearest end and counted.
 *
 * <p>The export boundaries are only a view for text exposition; percentiles are always computed
 * from the fine log-linear buckets of {@link LogLinearBuckets}.
 */
public final class HistogramSpec {

    /** OpenTelemetry's advised boundaries for MCP operation durations, in seconds. */
    private static final double[] MCP_DURATION_SECONDS = {
        0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60, 120, 300
    };
    private static final double[] POWERS_OF_TEN = {
        0.001, 0.01, 0.1, 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9
    };
    private static final long ONE_HOUR_NANOS = 3_600_000_000_000L;

    private static final HistogramSpec NANOS_AS_SECONDS =
            new HistogramSpec("seconds", 1e-9, ONE_HOUR_NANOS, MCP_DURATION_SECONDS);
    private static final HistogramSpec DEFAULTS =
            new HistogramSpec("", 1e-3, 1_000_000_000_000L, POWERS_OF_TEN);

    private final String unit;
    private final double tickSize;
    private final double ticksPerUnit;
    private final long highestTrackableTicks;
    private final double[] exportBoundaries;

    private HistogramSpec(String unit, double tickSize, long highestTrackableTicks, double[] exportBoundaries) {
        this.unit = unit;
        this.tickSize = tickSize;
        double perUnit = 1.0 / tickSize;
        double whole = Math.rint(perUnit);
        // 1e-9 s per tick is 1e9 ticks per second exactly; dividing by that is correctly rounded,
        // where multiplying by the inexact 1e-9 is not.
        this.ticksPerUnit = Math.abs(perUnit - whole) <= 1e-9 * whole ? whole : perUnit;
        this.highestTrackableTicks = highestTrackableTicks;
        this.exportBoundaries = exportBoundaries;
    }

    /**
     * Durations recorded in nanoseconds and reported in seconds, tracked up to one hour, exported
     * at the OpenTelemetry MCP advised boundaries (0.01 s to 300 s).
     */
    public static HistogramSpec nanosecondsAsSeconds() {
        return NANOS_AS_SECONDS;
    }

    /**
     * The spec for histograms created without one: dimensionless, a resolution of 0.001, tracked
     * up to 10^9, exported at powers of ten.
     */
    public static HistogramSpec defaults() {
        return DEFAULTS;
    }

    /**
     * A spec of one's own.
     *
     * @param unit OpenMetrics unit word (for example {@code seconds}, {@code bytes}), or empty
     * @param tickSize value of one recorded tick in the unit; positive and finite
     * @param highestTrackableTicks largest tick value kept as is; larger ones are clamped; at least 1
     * @param exportBoundaries strictly increasing finite upper bounds (in the unit) for export
     */
    public static HistogramSpec of(String unit, double tickSize, long highestTrackableTicks,
                                   double... exportBoundaries) {
        Objects.requireNonNull(unit, "unit");
        if (!unit.isEmpty() && !unit.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
            throw new IllegalArgumentException("unit must be a word of letters, digits and '_', was '" + unit + "'");
        }
        if (!(tickSize > 0) || Double.isInfinite(tickSize)) {
            throw new IllegalArgumentException("tickSize must be positive and finite, was " + tickSize);
        }
        if (highestTrackableTicks < 1) {
            throw new IllegalArgumentException("highestTrackableTicks must be at least 1, was " + highestTrackableTicks);
        }
        double[] bounds = Objects.requireNonNull(exportBoundaries, "exportBoundaries").clone();
        for (int i = 0; i < bounds.length; i++) {
            if (!Double.isFinite(bounds[i]) || (i > 0 && !(bounds[i] > bounds[i - 1]))) {
                throw new IllegalArgumentException(
                        "export boundaries must be finite and strictly increasing: " + Arrays.toString(bounds));
            }
        }
        return new HistogramSpec(unit, tickSize, highestTrackableTicks, bounds);
    }

    /** OpenMetrics unit word, or empty for a dimensionless histogram. */
    public String unit() {
        return unit;
    }

    /** Value of one tick in the unit. */
    public double tickSize() {
        return tickSize;
    }

    /** Ticks in one unit: what {@link Histogram#recordDouble(double)} multiplies by. */
    public double ticksPerUnit() {
        return ticksPerUnit;
    }

    /** Converts ticks to the unit. */
    public double toUnit(double ticks) {
        return ticks / ticksPerUnit;
    }

    /** Largest tick value recorded as is. */
    public long highestTrackableTicks() {
        return highestTrackableTicks;
    }

    /** Export boundaries in the unit, ascending (a copy). */
    public double[] exportBoundaries() {
        return exportBoundaries.clone();
    }

    int exportBoundaryCount() {
        return exportBoundaries.length;
    }

    double exportBoundary(int i) {
        return exportBoundaries[i];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HistogramSpec)) {
            return false;
        }
        HistogramSpec other = (HistogramSpec) o;
        return unit.equals(other.unit)
                && Double.compare(tickSize, other.tickSize) == 0
                && highestTrackableTicks == other.highestTrackableTicks
                && Arrays.equals(exportBoundaries, other.exportBoundaries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, tickSize, highestTrackableTicks) * 31 + Arrays.hashCode(exportBoundaries);
    }

    @Override
    public String toString() {
        return "HistogramSpec[unit=" + unit + ", tickSize=" + tickSize + ", highestTrackableTicks="
                + highestTrackableTicks + ", exportBoundaries=" + Arrays.toString(exportBoundaries) + "]";
    }
}
