package io.mcpbench.bench.routing;

import io.mcpbench.bench.support.Jvm;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one routed call (route, then complete with a latency) under each policy, over 3 and
 * 20 healthy instances, at 1, 2, 4 and 8 threads ({@link RoutingSweep}), and how evenly the calls
 * spread ({@code maxSharePct}). Session keys cycle through 65,536 precomputed keys; route counting
 * adds a scan of the instance array to every operation.
 */
@State(Scope.Benchmark)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingBenchmark extends RoutingSweep {

    @Setup(Level.Trial)
    public void setUp() {
        server = new RoutedServer(policy, instances, 0, System::nanoTime);
    }
}
