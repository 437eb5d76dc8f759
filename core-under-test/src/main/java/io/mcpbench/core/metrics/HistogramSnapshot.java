package io.mcpbench.core.metrics;

/**
 * An immutable merge of a {@link Histogram} at one moment. The count is the sum of the bucket
 * counts by construction, so the two never disagree, even while other threads keep recording.
 *
 * <p>Count, sum, min and max are exact and agree with each other and with the bucket
 * counts, also while threads record: each thread's share is copied between two of its records. Percentiles report the midpoint of the
 * bucket holding the nearest-rank value, kept within [min, max]; the midpoint is within
 * {@link LogLinearBuckets#MAX_RELATIVE_ERROR} (1/256, 0.39%) of the true value, and values below
 * 256 ticks are exact. All {@code double} results are in the spec's unit; an empty snapshot
 * reports NaN for min, max, mean and percentiles.
 */
public final class HistogramSnapshot {

    private final HistogramSpec spec;
    private final int[] indices;
    private final long[] counts;
    private final long count;
    private final long sumTicks;
    private final long minTicks;
    private final long maxTicks;
    private final long clampedCount;

    HistogramSnapshot(HistogramSpec spec, int[] indices, long[] counts, long count, long sumTicks,
                      long minTicks, long maxTicks, long clampedCount) {
        this.spec = spec;
        this.indices = indices;
        this.counts = counts;
        this.count = count;
        this.sumTicks = sumTicks;
        this.minTicks = minTicks;
        this.maxTicks = maxTicks;
        this.clampedCount = clampedCount;
    }

    /** The spec the histogram was recorded under. */
    public HistogramSpec spec() {
        return spec;
    }

    /** Number of values recorded (equal to the sum of all bucket counts). */
    public long count() {
        return count;
    }

    /** Sum of recorded values in ticks (exact; wraps past {@link Long#MAX_VALUE}). */
    public long sumTicks() {
        return sumTicks;
    }

    /** Sum of recorded values in the unit. */
    public double sum() {
        return spec.toUnit(sumTicks);
    }

    /** Smallest recorded value in ticks; 0 if empty. */
    public long minTicks() {
        return minTicks;
    }

    /** Largest recorded value in ticks; 0 if empty. */
    public long maxTicks() {
        return maxTicks;
    }

    /** Smallest recorded value in the unit. */
    public double min() {
        return count == 0 ? Double.NaN : spec.toUnit(minTicks);
    }

    /** Largest recorded value in the unit. */
    public double max() {
        return count == 0 ? Double.NaN : spec.toUnit(maxTicks);
    }

    /** Arithmetic mean in the unit. */
    public double mean() {
        return count == 0 ? Double.NaN : spec.toUnit((double) sumTicks / count);
    }

    /** How many recorded values were outside the trackable range and clamped to its ends. */
    public long clampedCount() {
        return clampedCount;
    }

    /**
     * The value at a percentile (0..100) by nearest rank: the smallest recorded value with at least
     * {@code percentile}% of values at or below it, reported at its bucket midpoint.
     *
     * @throws IllegalArgumentException if the percentile is outside 0..100 or NaN
     */
    public double valueAtPercentile(double percentile) {
        return spec.toUnit(ticksAtPercentile(percentile));
    }

    /** {@link #valueAtPercentile(double)} in ticks (fractional at a bucket midpoint). */
    public double ticksAtPercentile(double percentile) {
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be within 0..100, was " + percentile);
        }
        if (count == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * count));
        long seen = 0;
        int i = 0;
        while (i < counts.length - 1) {
            seen += counts[i];
            if (seen >= rank) {
                break;
            }
            i++;
        }
        double mid = LogLinearBuckets.midpoint(indices[i]);
        return Math.min(Math.max(mid, minTicks), maxTicks);
    }

    /** Median. */
    public double p50() {
        return valueAtPercentile(50);
    }

    /** 90th percentile. */
    public double p90() {
        return valueAtPercentile(90);
    }

    /** 95th percentile. */
    public double p95() {
        return valueAtPercentile(95);
    }

    /** 99th percentile. */
    public double p99() {
        return valueAtPercentile(99);
    }

    /** 99.9th percentile. */
    public double p999() {
        return valueAtPercentile(99.9);
    }

    /** Number of non-empty fine buckets. */
    public int bucketCount() {
        return indices.length;
    }

    /** {@link LogLinearBuckets} index of the i-th non-empty bucket, ascending in i. */
    public int bucketIndex(int i) {
        return indices[i];
    }

    /** Count in the i-th non-empty bucket. */
    public long bucketCountAt(int i) {
        return counts[i];
    }

    /**
     * How many values are at or below {@code upperBound} (in the unit), as used for a cumulative
     * {@code le} bucket: a fine bucket counts when its midpoint is at or below the bound, the same
     * value percentiles report, so the answer is off by at most the fine bucket straddling the
     * bound.
     */
    public long countAtOrBelow(double upperBound) {
        double limitTicks = upperBound * spec.ticksPerUnit();
        long cumulative = 0;
        for (int i = 0; i < indices.length; i++) {
            if (LogLinearBuckets.midpoint(indices[i]) > limitTicks) {
                break;
            }
            cumulative += counts[i];
        }
        return cumulative;
    }

    @Override
    public String toString() {
        return "HistogramSnapshot[count=" + count + ", sum=" + sum() + ", min=" + min() + ", max=" + max()
                + ", p50=" + p50() + ", p99=" + p99() + ", clamped=" + clampedCount + "]";
    }
}
