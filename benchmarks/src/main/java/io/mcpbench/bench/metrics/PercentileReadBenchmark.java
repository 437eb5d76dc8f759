package io.mcpbench.bench.metrics;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.core.metrics.Histogram;
import io.mcpbench.core.metrics.HistogramSnapshot;
import io.mcpbench.core.metrics.McpOperationMetrics;
import io.mcpbench.core.metrics.MetricsCollector;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading percentiles (p50, p99, p99.9 of one snapshot, as a dashboard or an SLO check does) from
 * a histogram holding 1,048,576 lognormal durations recorded by 1 or 4 threads that stay alive, so
 * every read merges that many per-thread recorders; at 1, 2 and 4 reading threads.
 */
@State(Scope.Benchmark)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PercentileReadBenchmark {

    static final int VALUES = 1 << 20;

    /** Threads that recorded into the histogram and are still alive. */
    @Param({"1", "4"})
    int recorders;

    Histogram histogram;
    private final CountDownLatch release = new CountDownLatch(1);
    private Thread[] threads;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        histogram = McpOperationMetrics.server(new MetricsCollector())
                .handle(Peer.METHOD, Peer.TOOL, null).histogram();
        long[] durations = LatencySamples.lognormalNanos(0x9e7c_e471L);
        int share = VALUES / recorders;
        CountDownLatch recorded = new CountDownLatch(recorders);
        threads = new Thread[recorders];
        for (int t = 0; t < recorders; t++) {
            int offset = t * 1021;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < share; i++) {
                    histogram.record(durations[(offset + i) & (durations.length - 1)]);
                }
                recorded.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "recorder-" + t);
            threads[t].setDaemon(true);
            threads[t].start();
        }
        recorded.await();
        if (histogram.snapshot().count() != (long) share * recorders) {
            throw new IllegalStateException("histogram holds " + histogram.snapshot().count() + " values");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        release.countDown();
        for (Thread t : threads) {
            t.join();
        }
    }

    @Benchmark
    @Threads(1)
    public double threads1() {
        return read();
    }

    @Benchmark
    @Threads(2)
    public double threads2() {
        return read();
    }

    @Benchmark
    @Threads(4)
    public double threads4() {
        return read();
    }

    private double read() {
        HistogramSnapshot s = histogram.snapshot();
        return s.p50() + s.p99() + s.p999();
    }
}
