package io.mcpbench.core.metrics;

/**
 * A single-threaded sum of recorder states: merges per-thread recorders into a snapshot, and
 * holds what threads that have ended recorded. Counts are kept per bucket only; the total count
 * is derived from them, so a snapshot's count always equals the sum of its buckets.
 */
final class Accumulator {

    private final long[][] rows;
    private long sum;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private long clamped;

    Accumulator(int rowCount) {
        this.rows = new long[rowCount][];
    }

    void addCount(int row, int sub, long count) {
        long[] r = rows[row];
        if (r == null) {
            r = rows[row] = new long[LogLinearBuckets.SUB_BUCKETS];
        }
        r[sub] += count;
    }

    void addStats(long sumTicks, long minTicks, long maxTicks, long clampedCount) {
        sum += sumTicks;
        min = Math.min(min, minTicks);
        max = Math.max(max, maxTicks);
        clamped += clampedCount;
    }

    void addTo(Accumulator into) {
        for (int r = 0; r < rows.length; r++) {
            long[] row = rows[r];
            if (row != null) {
                for (int sub = 0; sub < row.length; sub++) {
                    if (row[sub] != 0) {
                        into.addCount(r, sub, row[sub]);
                    }
                }
            }
        }
        into.addStats(sum, min, max, clamped);
    }

    HistogramSnapshot toSnapshot(HistogramSpec spec) {
        int nonEmpty = 0;
        for (long[] row : rows) {
            if (row != null) {
                for (long c : row) {
                    if (c != 0) {
                        nonEmpty++;
                    }
                }
            }
        }
        int[] indices = new int[nonEmpty];
        long[] counts = new long[nonEmpty];
        long total = 0;
        int n = 0;
        for (int r = 0; r < rows.length; r++) {
            long[] row = rows[r];
            if (row != null) {
                for (int sub = 0; sub < row.length; sub++) {
                    if (row[sub] != 0) {
                        indices[n] = (r << LogLinearBuckets.SUB_BUCKET_BITS) | sub;
                        counts[n] = row[sub];
                        total += row[sub];
                        n++;
                    }
                }
            }
        }
        if (total == 0) {
            return new HistogramSnapshot(spec, indices, counts, 0, 0, 0, 0, 0);
        }
        // min and max are bounded by the buckets actually counted, so that a value recorded
        // while merging never widens them beyond what the counts show.
        long lowest = LogLinearBuckets.lowerBound(indices[0]);
        long highest = LogLinearBuckets.upperBound(indices[n - 1]);
        long minTicks = Math.min(Math.max(min, lowest), highest);
        long maxTicks = Math.max(Math.min(max, highest), lowest);
        return new HistogramSnapshot(spec, indices, counts, total, sum, minTicks, maxTicks, clamped);
    }
}
