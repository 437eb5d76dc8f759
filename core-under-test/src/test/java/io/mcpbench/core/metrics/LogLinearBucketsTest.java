package io.mcpbench.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogLinearBucketsTest {

    @Test
    void valuesBelow256HaveTheirOwnBucket() {
        for (long v = 0; v < 256; v++) {
            int index = LogLinearBuckets.indexOf(v);
            assertEquals(v, index);
            assertEquals(v, LogLinearBuckets.lowerBound(index));
            assertEquals(v, LogLinearBuckets.upperBound(index));
            assertEquals(v, LogLinearBuckets.midpoint(index));
        }
    }

    @Test
    void bucketsAreContiguousAndCoverTheWholeLongRange() {
        assertEquals(0, LogLinearBuckets.lowerBound(0));
        for (int i = 0; i < LogLinearBuckets.MAX_INDEX; i++) {
            long upper = LogLinearBuckets.upperBound(i);
            assertEquals(upper + 1, LogLinearBuckets.lowerBound(i + 1), "gap or overlap after bucket " + i);
            assertEquals(i, LogLinearBuckets.indexOf(LogLinearBuckets.lowerBound(i)));
            assertEquals(i, LogLinearBuckets.indexOf(upper));
        }
        assertEquals(Long.MAX_VALUE, LogLinearBuckets.upperBound(LogLinearBuckets.MAX_INDEX));
        assertEquals(LogLinearBuckets.MAX_INDEX, LogLinearBuckets.indexOf(Long.MAX_VALUE));
    }

    @Test
    void bucketWidthStaysWithinOne128thOfItsLowerBound() {
        for (int i = 256; i <= LogLinearBuckets.MAX_INDEX; i++) {
            long lower = LogLinearBuckets.lowerBound(i);
            long width = LogLinearBuckets.width(i);
            assertTrue(width * 128.0 <= lower, "bucket " + i + " too wide: " + width + " at " + lower);
        }
    }

    @Test
    void midpointIsWithinTheStatedRelativeErrorOfEveryValue() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 200_000; n++) {
            int bits = random.nextInt(1, 64);
            long v = random.nextLong(1L << (bits - 1), bits == 63 ? Long.MAX_VALUE : 1L << bits);
            double mid = LogLinearBuckets.midpoint(LogLinearBuckets.indexOf(v));
            double error = Math.abs(mid - v) / v;
            assertTrue(error <= LogLinearBuckets.MAX_RELATIVE_ERROR, "value " + v + " midpoint " + mid);
        }
    }

    @Test
    void indexOutsideTheSchemeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogLinearBuckets.lowerBound(LogLinearBuckets.MAX_INDEX + 1));
        assertTrue(e.getMessage().contains("7296"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LogLinearBuckets.width(-1));
    }
}
