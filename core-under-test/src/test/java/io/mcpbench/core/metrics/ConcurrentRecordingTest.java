package io.mcpbench.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Several real threads recording into one histogram and one counter while another reads. */
class ConcurrentRecordingTest {

    private static final int THREADS = 4;
    private static final int RECORDS = 1_000_000;

    private static long valueOf(int thread, int i) {
        return 1 + ((long) thread * 7_919 + (long) i * 104_729) % 50_000_000;
    }

    @Test
    void noCountIsLostAndNoSnapshotIsTorn() throws Exception {
        MetricsCollector collector = new MetricsCollector();
        Histogram histogram = collector.histogram("op.duration", Attributes.of("k", "v"),
                HistogramSpec.nanosecondsAsSeconds());
        Counter counter = collector.counter("op.calls", Attributes.of("k", "v"));

        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] snapshotsTaken = new long[1];

        Thread reader = new Thread(() -> {
            try {
                start.await();
                long lastCount = 0;
                long lastSum = 0;
                double lastCounter = 0;
                while (writing.get()) {
                    HistogramSnapshot s = histogram.snapshot();
                    long bucketTotal = 0;
                    for (int i = 0; i < s.bucketCount(); i++) {
                        bucketTotal += s.bucketCountAt(i);
                    }
                    assertEquals(s.count(), bucketTotal, "count differs from its buckets");
                    assertTrue(s.count() >= lastCount, "count went back from " + lastCount + " to " + s.count());
                    assertTrue(s.count() <= (long) THREADS * RECORDS, "more counted than recorded: " + s.count());
                    assertTrue(s.sumTicks() >= lastSum, "sum went back");
                    if (s.count() > 0) {
                        assertTrue(s.minTicks() >= 1 && s.maxTicks() <= 50_000_000, "extremes out of range: " + s);
                        assertTrue(s.sumTicks() >= s.count(), "sum below count x smallest value: " + s);
                    }
                    double c = counter.value();
                    assertTrue(c >= lastCounter, "counter went back");
                    lastCount = s.count();
                    lastSum = s.sumTicks();
                    lastCounter = c;
                    snapshotsTaken[0]++;
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        });
        reader.start();

        List<Thread> writers = new ArrayList<>();
        long expectedSum = 0;
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            for (int i = 0; i < RECORDS; i++) {
                expectedSum += valueOf(thread, i);
            }
            Thread writer = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < RECORDS; i++) {
                        histogram.record(valueOf(thread, i));
                        counter.increment();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            writers.add(writer);
            writer.start();
        }
        start.countDown();
        for (Thread writer : writers) {
            writer.join();
        }
        writing.set(false);
        reader.join();
        if (failure.get() != null) {
            throw new AssertionError("a recording or reading thread failed", failure.get());
        }

        HistogramSnapshot s = histogram.snapshot();
        assertEquals((long) THREADS * RECORDS, s.count());
        assertEquals(expectedSum, s.sumTicks());
        assertEquals(1, s.minTicks());
        assertEquals(0, s.clampedCount());
        assertEquals((double) THREADS * RECORDS, counter.value());
        assertTrue(snapshotsTaken[0] > 0, "the reader never took a snapshot");
    }

    @Test
    void recordMetricFromManyThreadsKeepsExactTotals() throws Exception {
        MetricsCollector collector = new MetricsCollector();
        int perThread = 100_000;
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            Attributes attributes = Attributes.of("thread", Integer.toString(t % 2));
            threads[t] = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    collector.recordMetric("calls", 1, MetricType.COUNTER, attributes);
                    collector.recordMetric("sizes", 3, MetricType.HISTOGRAM, attributes);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<MetricSnapshot> calls = collector.getMetricsByName("calls");
        assertEquals(2, calls.size());
        for (MetricSnapshot m : calls) {
            assertEquals(2.0 * perThread, m.value());
        }
        for (MetricSnapshot m : collector.getMetricsByName("sizes")) {
            assertEquals(2L * perThread, m.histogram().count());
            assertEquals(3.0 * 2 * perThread, m.histogram().sum(), 1e-6);
        }
    }
}
