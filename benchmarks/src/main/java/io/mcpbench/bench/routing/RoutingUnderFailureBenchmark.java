package io.mcpbench.bench.routing;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingPolicy;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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
 * A routed call (route, then complete) while instances fail, so ejection, back-off and readmission
 * on probation run all the time: with {@code QUARTER_DOWN} a quarter of the instances fail every
 * call (1 of 3, 5 of 20); with {@code ALL_FLAKY} every instance fails half of its calls, where the
 * ejection cap must keep instances in rotation rather than eject them all. The service's clock runs
 * {@value #TIME_SCALE} times faster than real time, so the default back-off (1 s doubling to 60 s)
 * passes in about 1 to 60 ms and a one-second iteration sees many ejections and readmissions.
 * Secondary metrics, averaged over measured iterations: {@code maxSharePct}, the largest deviation
 * of a share from the fair share over the instances that are not down, in percent;
 * {@code failingRoutePct}, the percent of calls that still reached a down instance;
 * {@code successPct}, the percent of calls that succeeded (a call routing refuses counts as
 * failed); and {@code failingRoutes}, how many calls reached a down instance (summed over the
 * measured iterations, as JMH sums events).
 */
@State(Scope.Benchmark)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingUnderFailureBenchmark {

    /** How much faster than real time the service's clock runs. */
    static final long TIME_SCALE = 1024;

    @Param({"ROUND_ROBIN", "RANDOM", "LEAST_IN_FLIGHT", "POWER_OF_TWO_CHOICES", "SESSION_AFFINITY", "RENDEZVOUS_HASH"})
    RoutingPolicy policy;

    @Param({"3", "20"})
    int instances;

    @Param({"QUARTER_DOWN", "ALL_FLAKY"})
    Failures failures;

    RoutedServer server;

    /** How the instances fail. */
    public enum Failures {
        /** A quarter of the instances (1 of 3, 5 of 20) fail every call; the others never fail. */
        QUARTER_DOWN,
        /** Every instance fails half of its calls, at random (seeded). */
        ALL_FLAKY
    }

    @Setup(Level.Trial)
    public void setUp() {
        server = failures == Failures.QUARTER_DOWN
                ? new RoutedServer(policy, instances, Math.max(1, instances / 4), acceleratedClock())
                : new RoutedServer(policy, instances, 0, 0.5, acceleratedClock());
    }

    /** A monotonic clock that advances {@link #TIME_SCALE} nanoseconds per real nanosecond. */
    static LongSupplier acceleratedClock() {
        long origin = System.nanoTime();
        return () -> (System.nanoTime() - origin) * TIME_SCALE;
    }

    /** Per thread: the routed calls' bookkeeping and the figures JMH reports. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Shares {
        /** Largest deviation from the fair share over instances that are not down, percent (see {@link IterationShare}). */
        public double maxSharePct;
        /** Percent of calls routed to a down instance (see {@link IterationShare}). */
        public double failingRoutePct;
        /**
         * Calls that reached a down instance (each readmission on probation lets one through):
         * a plain count, which JMH sums over threads and iterations.
         */
        public long failingRoutes;
        /** Percent of calls that succeeded, refused calls counted as failed (see {@link IterationShare}). */
        public double successPct;

        final BenchmarkThread thread = new BenchmarkThread();

        @Setup(Level.Trial)
        public void register(RoutingUnderFailureBenchmark b, ThreadParams params) {
            thread.join(b.server, params);
        }

        @Setup(Level.Iteration)
        public void start(BenchmarkParams benchmark, IterationParams iteration) {
            thread.startIteration(benchmark, iteration);
            maxSharePct = 0;
            failingRoutePct = 0;
            failingRoutes = 0;
            successPct = 0;
        }

        /** Every thread has stopped routing when iteration teardowns run, so all counts are final. */
        @TearDown(Level.Iteration)
        public void report(RoutingUnderFailureBenchmark b) {
            if (thread.reports()) {
                maxSharePct = thread.weighted(b.server.maxSharePercent());
                failingRoutePct = thread.weighted(b.server.failingRoutePercent());
                failingRoutes = b.server.failingRoutes();
                successPct = thread.weighted(b.server.successPercent());
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
