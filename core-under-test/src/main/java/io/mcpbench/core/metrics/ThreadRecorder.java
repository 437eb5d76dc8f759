package io.mcpbench.core.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One thread's share of a {@link Histogram}. Only the owner thread writes, so a record is a few
 * plain loads and ordered stores: no lock, no compare-and-set, no shared cache line. Rows of 128
 * bucket counts are allocated the first time a value lands in them, so memory follows the range
 * actually seen rather than the range allowed.
 *
 * <p>A sequence counter makes each record atomic to readers (a seqlock with a single writer):
 * the owner makes it odd, writes sum, min, max and the bucket count, and makes it even again; a
 * reader copies everything between two equal even readings, or tries again. So a snapshot never
 * counts a value its sum lacks, or the reverse. The owner pays two ordered stores and no fence on
 * x86; a reader waits only while a record is half-written, a few nanoseconds at a time.
 *
 * <p>The fields written on every record sit between 64-byte pads (see {@link RecorderHotFields}),
 * so two threads' recorders never share a cache line however the heap is compacted.
 */
final class ThreadRecorder extends RecorderHotFields {

    private static final VarHandle ROW = MethodHandles.arrayElementVarHandle(long[][].class);
    private static final VarHandle COUNT = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle SEQ;
    private static final VarHandle SUM;
    private static final VarHandle MIN;
    private static final VarHandle MAX;
    private static final VarHandle CLAMPED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            SEQ = lookup.findVarHandle(RecorderHotFields.class, "seq", long.class);
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
        write(value, 0);
    }

    /** Owner thread only: records an already clamped value and counts the clamping. */
    void recordClamped(long clampedValue) {
        write(clampedValue, 1);
    }

    private void write(long value, long clampedIncrement) {
        int index = LogLinearBuckets.indexOf(value);
        int r = index >>> LogLinearBuckets.SUB_BUCKET_BITS;
        long[] row = rows[r];
        if (row == null) {
            row = newRow(r);
        }
        int sub = index & (LogLinearBuckets.SUB_BUCKETS - 1);
        long s = seq;
        SEQ.setOpaque(this, s + 1);
        VarHandle.storeStoreFence();
        SUM.setOpaque(this, sum + value);
        if (value < min) {
            MIN.setOpaque(this, value);
        }
        if (value > max) {
            MAX.setOpaque(this, value);
        }
        if (clampedIncrement != 0) {
            CLAMPED.setOpaque(this, clamped + clampedIncrement);
        }
        COUNT.setOpaque(row, sub, row[sub] + 1);
        SEQ.setRelease(this, s + 2);
    }

    private long[] newRow(int r) {
        long[] row = new long[LogLinearBuckets.SUB_BUCKETS];
        ROW.setRelease(rows, r, row);
        return row;
    }

    boolean ownerTerminated() {
        return !owner.isAlive();
    }

    /**
     * Any thread: adds what this recorder has recorded so far to {@code into}, as of one moment
     * between two records: bucket counts, sum, min, max and clamped count always agree.
     */
    void addTo(Accumulator into) {
        long[][] copy = new long[rows.length][];
        for (int attempt = 0; ; attempt++) {
            long before = (long) SEQ.getAcquire(this);
            if ((before & 1) == 0) {
                long s = (long) SUM.getOpaque(this);
                long lo = (long) MIN.getOpaque(this);
                long hi = (long) MAX.getOpaque(this);
                long c = (long) CLAMPED.getOpaque(this);
                for (int r = 0; r < rows.length; r++) {
                    long[] row = (long[]) ROW.getAcquire(rows, r);
                    if (row == null) {
                        copy[r] = null;
                        continue;
                    }
                    long[] counts = copy[r] == null ? (copy[r] = new long[row.length]) : copy[r];
                    for (int sub = 0; sub < row.length; sub++) {
                        counts[sub] = (long) COUNT.getOpaque(row, sub);
                    }
                }
                VarHandle.loadLoadFence();
                if ((long) SEQ.getOpaque(this) == before) {
                    for (int r = 0; r < copy.length; r++) {
                        long[] counts = copy[r];
                        if (counts != null) {
                            for (int sub = 0; sub < counts.length; sub++) {
                                if (counts[sub] != 0) {
                                    into.addCount(r, sub, counts[sub]);
                                }
                            }
                        }
                    }
                    into.addStats(s, lo, hi, c);
                    return;
                }
            }
            if (attempt < 64) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }
}
