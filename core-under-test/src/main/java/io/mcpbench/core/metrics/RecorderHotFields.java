package io.mcpbench.core.metrics;

/**
 * The per-record fields of a {@link ThreadRecorder}, after 64 bytes of padding inherited from
 * {@link RecorderPadding}; the recorder adds the trailing pad. HotSpot lays out superclass fields
 * first, which is what keeps the order. Accessed through the recorder's VarHandles.
 */
abstract class RecorderHotFields extends RecorderPadding {
    /** Odd while the owner is recording: readers retry until they copy between two records. */
    long seq;
    long sum;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long clamped;
}
