package io.mcpbench.core.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One thread's share of a {@link Histogram}. Only the owner thread writes, so a record is a few
 * plain loads and ordered stores: no lock, no compare-and-set, no shared cache line. Rows of 128
 * bucket counts are allocated the first time a value lands in them, so memory follows the range
 * actually seen rather than the range allowed.
 *
 * <p>Write order: sum, min, max, then the bucket count with release semantics. A reader that
 * loads the bucket counts with acquire semantics before the other fields therefore sees a sum,
 * min and max that cover at least every value it counted.
 *
 * <p>The fields written on every record sit between 64-byte pads (see {@link RecorderHotFields}),
 * so two threads' recorders never share a cache line however the heap is compacted.
 */
final class ThreadRecorder extends RecorderHotFields {

    private static final VarHandle ROW = MethodHandles.arrayElementVarHandle(long[][].class);
    private static final VarHandle COUNT = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle SUM;
    private static final VarHandle MIN;
    private static final VarHandle MAX;
    private static final VarHandle CLAMPED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            SUM = lookup.findVarHandle(RecorderHotFields.class, "sum", long.class);
            MIN = lookup.findVarHandle(RecorderHotFields.class, "min", long.class);
            MAX = lookup.findVarHandle(RecorderHotFields.class, "max", long.class);
            CLAMPED = lookup.findVarHandle(RecorderHotFields.class, "clamped", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    long p10;
    long p11;
    long p12;
    long p13;
    long p14;
    long p15;
    long p16;
    long p17;
    /** The only thread that writes; compared by identity on the record path. */
    final Thread owner;
    private final long[][] rows;

    ThreadRecorder(Thread owner, int rowCount) {
        this.owner = owner;
        this.rows = new long[rowCount][];
    }

    /** Owner thread only; {@code 0 <= value <= highest trackable}. */
    void record(long value) {
        int index = LogLinearBuckets.indexOf(value);
        int r = index >>> LogLinearBuckets.SUB_BUCKET_BITS;
        long[] row = rows[r];
        if (row == null) {
            row = newRow(r);
        }
        SUM.setOpaque(this, sum + value);
        if (value < min) {
            MIN.setOpaque(this, value);
        }
        if (value > max) {
            MAX.setOpaque(this, value);
        }
        int sub = index & (LogLinearBuckets.SUB_BUCKETS - 1);
        COUNT.setRelease(row, sub, row[sub] + 1);
    }

    /** Owner thread only: records an already clamped value and counts the clamping. */
    void recordClamped(long clampedValue) {
        CLAMPED.setOpaque(this, clamped + 1);
        record(clampedValue);
    }

    private long[] newRow(int r) {
        long[] row = new long[LogLinearBuckets.SUB_BUCKETS];
        ROW.setRelease(rows, r, row);
        return row;
    }

    boolean ownerTerminated() {
        return !owner.isAlive();
    }

    /** Any thread: adds what this recorder has published so far to {@code into}. */
    void addTo(Accumulator into) {
        for (int r = 0; r < rows.length; r++) {
            long[] row = (long[]) ROW.getAcquire(rows, r);
            if (row != null) {
                for (int sub = 0; sub < row.length; sub++) {
                    long c = (long) COUNT.getAcquire(row, sub);
                    if (c != 0) {
                        into.addCount(r, sub, c);
                    }
                }
            }
        }
        into.addStats((long) SUM.getAcquire(this), (long) MIN.getAcquire(this),
                (long) MAX.getAcquire(this), (long) CLAMPED.getAcquire(this));
    }
}
