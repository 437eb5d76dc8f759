package io.mcpbench.bench.routing;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * The cost of one routed call (route, then complete with a latency) under each policy, over 3 and
 * 20 healthy instances, at 1, 2, 4 and 8 threads (one method per thread count), and how evenly the
 * calls spread: {@code maxSharePct} is the largest deviation of an instance's share of the routes
 * from the fair share, in percent, averaged over the measured iterations (the plan asks for at most
 * 5). Session keys cycle through 65,536 precomputed keys; route counting adds a scan of the
 * instance array to every operation.
 */
@State(Scope.Benchmark)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingBenchmark {

    @Param({"ROUND_ROBIN", "RANDOM", "LEAST_IN_FLIGHT", "POWER_OF_TWO_CHOICES", "SESSION_AFFINITY", "RENDEZVOUS_HASH"})
    RoutingPolicy policy;

    @Param({"3", "20"})
    int instances;

    RoutedServer server;

    @Setup(Level.Trial)
    public void setUp() {
        server = new RoutedServer(policy, instances, 0, System::nanoTime);
    }

    /** Per thread: the routed calls' bookkeeping and the evenness JMH reports. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Shares {
        /** Largest deviation from the fair share, percent (see {@link IterationShare}). */
        public double maxSharePct;

        final BenchmarkThread thread = new BenchmarkThread();

        @Setup(Level.Trial)
        public void register(RoutingBenchmark b, ThreadParams params) {
            thread.join(b.server, params);
        }

        @Setup(Level.Iteration)
        public void start(BenchmarkParams benchmark, IterationParams iteration) {
            thread.startIteration(benchmark, iteration);
            maxSharePct = 0;
        }

        /** Every thread has stopped routing when iteration teardowns run, so all counts are final. */
        @TearDown(Level.Iteration)
        public void report(RoutingBenchmark b) {
            if (thread.reports()) {
                maxSharePct = thread.weighted(b.server.maxSharePercent());
            }
        }
    }

    @Benchmark
    @Threads(1)
    public Instance threads1(Shares s) {
        return s.thread.call();
    }

    @Benchmark
    @Threads(2)
    public Instance threads2(Shares s) {
        return s.thread.call();
    }

    @Benchmark
    @Threads(4)
    public Instance threads4(Shares s) {
        return s.thread.call();
    }

    @Benchmark
    @Threads(8)
    public Instance threads8(Shares s) {
        return s.thread.call();
    }
}
