package io.mcpbench.core.metrics;

/**
 * The duration histogram of one (method, tool, error type) combination, resolved once so a
 * request path records with a single call and no lookup.
 */
public final class OperationHandle {

    private final Histogram histogram;

    OperationHandle(Histogram histogram) {
        this.histogram = histogram;
    }

    /** Records one operation's duration in nanoseconds (reported in seconds). */
    public void record(long durationNanos) {
        histogram.record(durationNanos);
    }

    /** The underlying histogram series. */
    public Histogram histogram() {
        return histogram;
    }

    @Override
    public String toString() {
        return "OperationHandle[" + histogram + "]";
    }
}
