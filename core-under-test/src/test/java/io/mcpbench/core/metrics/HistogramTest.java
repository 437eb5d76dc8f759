package io.mcpbench.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HistogramTest {

    private static final double[] PERCENTILES = {0, 0.1, 1, 10, 25, 50, 75, 90, 95, 99, 99.9, 99.99, 100};
    private static final HistogramSpec INTEGERS = HistogramSpec.of("", 1, 1L << 50, 10, 100, 1000);

    private static Histogram histogram(HistogramSpec spec) {
        return new MetricsCollector().histogram("test.values", Attributes.empty(), spec);
    }

    /** Nearest-rank percentile of a sorted array: the definition the snapshot promises. */
    private static long exactPercentile(long[] sorted, double percentile) {
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * sorted.length));
        return sorted[(int) rank - 1];
    }

    private static void assertPercentilesWithinError(long[] values, HistogramSnapshot snapshot) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double p : PERCENTILES) {
            long exact = exactPercentile(sorted, p);
            double estimate = snapshot.ticksAtPercentile(p);
            double allowed = exact * LogLinearBuckets.MAX_RELATIVE_ERROR + 1e-9;
            assertTrue(Math.abs(estimate - exact) <= allowed,
                    "p" + p + ": exact " + exact + ", estimate " + estimate + ", allowed error " + allowed);
        }
    }

    private static void assertExactStatistics(long[] values, HistogramSnapshot snapshot) {
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(values.length, snapshot.count());
        assertEquals(sum, snapshot.sumTicks());
        assertEquals(min, snapshot.minTicks());
        assertEquals(max, snapshot.maxTicks());
        double tick = snapshot.spec().tickSize();
        assertEquals((double) sum / values.length * tick, snapshot.mean(), 1e-9 * snapshot.mean());
        assertEquals(sum * tick, snapshot.sum(), 1e-12 * snapshot.sum());
        long bucketTotal = 0;
        for (int i = 0; i < snapshot.bucketCount(); i++) {
            bucketTotal += snapshot.bucketCountAt(i);
        }
        assertEquals(snapshot.count(), bucketTotal);
        assertEquals(0, snapshot.clampedCount());
    }

    @Test
    void uniformDistributionPercentilesWithinStatedError() {
        long[] values = new long[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        shuffle(values, new SplittableRandom(11));
        Histogram h = histogram(INTEGERS);
        for (long v : values) {
            h.record(v);
        }
        HistogramSnapshot s = h.snapshot();
        assertExactStatistics(values, s);
        assertPercentilesWithinError(values, s);
    }

    @Test
    void exponentialDistributionPercentilesWithinStatedError() {
        SplittableRandom random = new SplittableRandom(42);
        long[] values = new long[200_000];
        double meanNanos = 2_000_000;
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round(-meanNanos * Math.log(1 - random.nextDouble()));
        }
        Histogram h = histogram(HistogramSpec.nanosecondsAsSeconds());
        for (long v : values) {
            h.record(v);
        }
        HistogramSnapshot s = h.snapshot();
        assertExactStatistics(values, s);
        assertPercentilesWithinError(values, s);
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        double exactP99Seconds = exactPercentile(sorted, 99) * 1e-9;
        assertEquals(exactP99Seconds, s.p99(), exactP99Seconds * LogLinearBuckets.MAX_RELATIVE_ERROR + 1e-15);
        assertEquals(s.valueAtPercentile(50), s.p50());
        assertEquals(s.valueAtPercentile(90), s.p90());
        assertEquals(s.valueAtPercentile(95), s.p95());
        assertEquals(s.valueAtPercentile(99.9), s.p999());
    }

    @Test
    void smallValuesAreExact() {
        Histogram h = histogram(INTEGERS);
        h.record(0);
        h.record(1);
        h.record(1);
        h.record(255);
        HistogramSnapshot s = h.snapshot();
        assertEquals(4, s.count());
        assertEquals(257, s.sumTicks());
        assertEquals(0.0, s.valueAtPercentile(25));
        assertEquals(1.0, s.valueAtPercentile(50));
        assertEquals(1.0, s.valueAtPercentile(75));
        assertEquals(255.0, s.valueAtPercentile(100));
        assertEquals(0.0, s.min());
        assertEquals(255.0, s.max());
    }

    @Test
    void valuesAboveTheRangeAreClampedAndCounted() {
        HistogramSpec spec = HistogramSpec.of("", 1, 1_000_000);
        Histogram h = histogram(spec);
        h.record(500);
        h.record(Long.MAX_VALUE);
        h.record(1_000_001);
        h.record(1_000_000);
        HistogramSnapshot s = h.snapshot();
        assertEquals(4, s.count());
        assertEquals(2, s.clampedCount());
        assertEquals(1_000_000, s.maxTicks());
        assertEquals(500 + 3 * 1_000_000L, s.sumTicks());
        assertEquals(1_000_000, s.ticksAtPercentile(100), 1_000_000 * LogLinearBuckets.MAX_RELATIVE_ERROR);
    }

    @Test
    void negativeValuesAreClampedToZeroAndCounted() {
        Histogram h = histogram(INTEGERS);
        h.record(-5);
        h.record(Long.MIN_VALUE);
        h.record(10);
        HistogramSnapshot s = h.snapshot();
        assertEquals(3, s.count());
        assertEquals(2, s.clampedCount());
        assertEquals(0, s.minTicks());
        assertEquals(10, s.sumTicks());
        assertEquals(0.0, s.valueAtPercentile(50));
    }

    @Test
    void recordDoubleRoundsToTheNearestTick() {
        Histogram h = histogram(HistogramSpec.nanosecondsAsSeconds());
        h.recordDouble(0.0015);
        h.recordDouble(Double.POSITIVE_INFINITY);
        HistogramSnapshot s = h.snapshot();
        assertEquals(2, s.count());
        assertEquals(1_500_000, s.minTicks());
        assertEquals(1, s.clampedCount());
        assertEquals(3600.0, s.max(), 1e-9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.recordDouble(Double.NaN));
        assertTrue(e.getMessage().contains("test.values"), e.getMessage());
    }

    @Test
    void emptySnapshotReportsNaNAndRefusesBadPercentiles() {
        HistogramSnapshot s = histogram(INTEGERS).snapshot();
        assertEquals(0, s.count());
        assertEquals(0, s.bucketCount());
        assertEquals(0.0, s.sum());
        assertTrue(Double.isNaN(s.min()));
        assertTrue(Double.isNaN(s.mean()));
        assertTrue(Double.isNaN(s.p99()));
        assertThrows(IllegalArgumentException.class, () -> s.valueAtPercentile(100.5));
        assertThrows(IllegalArgumentException.class, () -> s.valueAtPercentile(-1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.valueAtPercentile(Double.NaN));
        assertTrue(e.getMessage().contains("0..100"), e.getMessage());
    }

    @Test
    void countAtOrBelowIsOffByAtMostTheStraddlingFineBucket() {
        SplittableRandom random = new SplittableRandom(3);
        long[] values = new long[50_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextLong(1, 400_000_000_000L);
        }
        Histogram h = histogram(HistogramSpec.nanosecondsAsSeconds());
        for (long v : values) {
            h.record(v);
        }
        HistogramSnapshot s = h.snapshot();
        for (double bound : HistogramSpec.nanosecondsAsSeconds().exportBoundaries()) {
            double ticks = bound * 1e9;
            long low = countAtOrBelow(values, ticks * (1 - 2 * LogLinearBuckets.MAX_RELATIVE_ERROR));
            long high = countAtOrBelow(values, ticks * (1 + 2 * LogLinearBuckets.MAX_RELATIVE_ERROR));
            long reported = s.countAtOrBelow(bound);
            assertTrue(reported >= low && reported <= high,
                    "le=" + bound + ": reported " + reported + " outside [" + low + ", " + high + "]");
        }
        assertEquals(values.length, s.countAtOrBelow(Double.MAX_VALUE));
    }

    @Test
    void recordersOfTerminatedThreadsAreRetiredWithoutLosingCounts() throws InterruptedException {
        Histogram h = histogram(INTEGERS);
        for (int round = 0; round < 3; round++) {
            Thread[] threads = new Thread[6];
            for (int t = 0; t < threads.length; t++) {
                long value = 1000L * (t + 1);
                threads[t] = new Thread(() -> {
                    for (int i = 0; i < 1000; i++) {
                        h.record(value);
                    }
                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            HistogramSnapshot s = h.snapshot();
            assertEquals(6000L * (round + 1), s.count());
            assertEquals(21_000_000L * (round + 1), s.sumTicks());
            assertEquals(0, h.liveRecorderCount(), "terminated threads' recorders should be retired");
        }
        h.record(7);
        assertEquals(1, h.liveRecorderCount());
        assertEquals(18_001, h.snapshot().count());
        assertEquals(7, h.snapshot().minTicks());
    }

    @Test
    void threadsSharingARecorderSlotStillRecordExactly() throws InterruptedException {
        Histogram h = histogram(INTEGERS);
        int perThread = 200_000;
        Runnable work = () -> {
            for (int i = 0; i < perThread; i++) {
                h.record(i & 1023);
            }
        };
        Thread first = new Thread(work);
        Thread second = null;
        // Thread ids are assigned at construction: find one that maps to the same slot.
        for (int i = 0; i < 1000 && second == null; i++) {
            Thread candidate = new Thread(work);
            if (((candidate.getId() - first.getId()) & 63) == 0) {
                second = candidate;
            }
        }
        assertTrue(second != null, "no thread id sharing a slot was found");
        first.start();
        second.start();
        h.record(5);
        first.join();
        second.join();
        assertEquals(3, h.liveRecorderCount());
        long expectedSum = 5;
        for (int i = 0; i < perThread; i++) {
            expectedSum += 2 * (i & 1023);
        }
        HistogramSnapshot s = h.snapshot();
        assertEquals(2L * perThread + 1, s.count());
        assertEquals(expectedSum, s.sumTicks());
        assertEquals(1, h.liveRecorderCount());
    }

    private static long countAtOrBelow(long[] values, double limit) {
        long n = 0;
        for (long v : values) {
            if (v <= limit) {
                n++;
            }
        }
        return n;
    }

    private static void shuffle(long[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }
}
