package io.mcpbench.bench.metrics;

import io.mcpbench.bench.support.Jvm;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Recording one operation duration into a shared latency histogram (one series, every thread
 * recording into it, as every request of a busy tool does), ours through a pre-resolved handle
 * beside Micrometer, Prometheus client_java, the OpenTelemetry SDK, HdrHistogram's Recorder, a
 * histogram of LongAdder buckets and a bare LongAdder sum (no distribution: the floor), at 1, 2 and
 * 4 threads. Durations cycle through 16,384 seeded
 * lognormal samples (median 20 ms). Run with {@code -prof gc}: a record must allocate nothing.
 */
@State(Scope.Benchmark)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HistogramRecordBenchmark {

    @Param({Peer.MCPBENCH, Peer.MICROMETER, Peer.PROMETHEUS, Peer.OTEL, Peer.HDRHISTOGRAM,
        Peer.LONGADDER_BUCKETS, Peer.LONGADDER})
    String impl;

    HistogramPeer recorder;
    long[] durations;
    int mask;

    @Setup(Level.Trial)
    public void setUp() {
        recorder = HistogramPeer.create(impl);
        durations = LatencySamples.lognormalNanos(0x1a7e_4c1eL);
        mask = durations.length - 1;
    }

    @TearDown(Level.Trial)
    public void check() {
        if (recorder.count() == 0) {
            throw new IllegalStateException(impl + " recorded nothing");
        }
    }

    /** Per thread: where in the duration stream this thread is. */
    @State(Scope.Thread)
    public static class Cursor {
        int n;

        @Setup(Level.Trial)
        public void setUp(ThreadParams thread) {
            n = thread.getThreadIndex() * 4099;
        }
    }

    @Benchmark
    @Threads(1)
    public void threads1(Cursor c) {
        recorder.record(durations[c.n++ & mask]);
    }

    @Benchmark
    @Threads(2)
    public void threads2(Cursor c) {
        recorder.record(durations[c.n++ & mask]);
    }

    @Benchmark
    @Threads(4)
    public void threads4(Cursor c) {
        recorder.record(durations[c.n++ & mask]);
    }
}
