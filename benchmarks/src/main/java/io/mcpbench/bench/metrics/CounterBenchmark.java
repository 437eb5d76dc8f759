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

/**
 * Incrementing one shared request counter, ours through a pre-resolved handle beside Micrometer,
 * Prometheus client_java and the OpenTelemetry SDK, with a bare LongAdder as the floor, at 1, 2
 * and 4 threads. Run with {@code -prof gc}: an increment must allocate nothing.
 */
@State(Scope.Benchmark)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CounterBenchmark {

    @Param({Peer.MCPBENCH, Peer.MICROMETER, Peer.PROMETHEUS, Peer.OTEL, Peer.LONGADDER})
    String impl;

    CounterPeer counter;

    @Setup(Level.Trial)
    public void setUp() {
        counter = CounterPeer.create(impl);
    }

    @TearDown(Level.Trial)
    public void check() {
        if (!(counter.total() > 0)) {
            throw new IllegalStateException(impl + " counted nothing");
        }
    }

    @Benchmark
    @Threads(1)
    public void threads1() {
        counter.increment();
    }

    @Benchmark
    @Threads(2)
    public void threads2() {
        counter.increment();
    }

    @Benchmark
    @Threads(4)
    public void threads4() {
        counter.increment();
    }
}
