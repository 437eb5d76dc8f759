package io.mcpbench.core.metrics;

/**
 * The kind of a metric family. A name keeps the type it was first registered with, so a counter
 * can never silently turn into a gauge halfway through a run.
 */
public enum MetricType {
    /** A monotonically increasing total; negative increments are refused. */
    COUNTER,
    /** A value that is set, not accumulated; a snapshot reports the last value set. */
    GAUGE,
    /** A distribution of recorded values, reported as count, sum, extremes and percentiles. */
    HISTOGRAM
}
