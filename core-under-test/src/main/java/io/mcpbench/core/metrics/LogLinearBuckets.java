package io.mcpbench.core.metrics;

/**
 * The log-linear bucket scheme every {@link Histogram} shares: values {@code 0..255} each get their
 * own bucket, and every power-of-two range {@code [2^e, 2^(e+1))} above that is split into 128
 * equal sub-buckets of width {@code 2^(e-7)}. A bucket is therefore never wider than 1/128 of its
 * lower bound, and its midpoint is within 1/256 (0.39%) of any value in it.
 *
 * <p>The index is computed from the position of the highest set bit, with no loop and no branch,
 * which is what keeps {@link Histogram#record(long)} cheap. Indices are dense and increase with
 * the value, so a row of 128 consecutive indices covers exactly one power of two (row 0 covers
 * {@code 0..127}). The whole non-negative {@code long} range needs {@value #MAX_INDEX} + 1 indices.
 */
public final class LogLinearBuckets {

    /** log2 of the number of sub-buckets per power of two. */
    public static final int SUB_BUCKET_BITS = 7;
    /** Sub-buckets per power of two, and the length of one storage row. */
    public static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
    /** Largest relative distance between a bucket's midpoint and any value in that bucket. */
    public static final double MAX_RELATIVE_ERROR = 1.0 / (2 * SUB_BUCKETS);
    /** Index of the bucket holding {@link Long#MAX_VALUE}. */
    public static final int MAX_INDEX = 7295;

    private LogLinearBuckets() {
    }

    /** Bucket index of a non-negative value; the result for a negative value is undefined. */
    public static int indexOf(long value) {
        int shift = (63 - SUB_BUCKET_BITS) - Long.numberOfLeadingZeros(value | SUB_BUCKETS);
        return (shift << SUB_BUCKET_BITS) + (int) (value >>> shift);
    }

    /** Smallest value that falls in the bucket. */
    public static long lowerBound(int index) {
        checkIndex(index);
        int row = index >>> SUB_BUCKET_BITS;
        if (row == 0) {
            return index;
        }
        return ((long) ((index & (SUB_BUCKETS - 1)) | SUB_BUCKETS)) << (row - 1);
    }

    /** Largest value that falls in the bucket (inclusive). */
    public static long upperBound(int index) {
        return lowerBound(index) + width(index) - 1;
    }

    /** Number of distinct integer values the bucket holds. */
    public static long width(int index) {
        checkIndex(index);
        int row = index >>> SUB_BUCKET_BITS;
        return row == 0 ? 1 : 1L << (row - 1);
    }

    /** The value a bucket is reported as: the middle of its integer range. */
    public static double midpoint(int index) {
        return lowerBound(index) + (width(index) - 1) / 2.0;
    }

    private static void checkIndex(int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("bucket index " + index + " outside 0.." + MAX_INDEX);
        }
    }
}
