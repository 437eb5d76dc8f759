package io.mcpbench.bench.routing;

import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingPolicy;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * The thread sweep of the routing benchmarks, written once: a routed call (route, then complete)
 * at 1, 2, 4 and 8 threads, one method per thread count, which each routing benchmark inherits
 * (JMH lists them under the benchmark's own name), over each policy and 3 or 20 instances. A
 * benchmark sets {@link #server} up from the parameters. Every benchmark reports the same figures, averaged over the measured iterations:
 * {@code maxSharePct}, the largest deviation of an instance's share of the routes from the fair
 * share over the instances that are not down, in percent (the plan asks for at most 5);
 * {@code failingRoutePct}, the percent of calls that reached a down instance; {@code successPct},
 * the percent of calls that succeeded (a call routing refuses counts as failed); and
 * {@code failingRoutes}, how many calls reached a down instance (summed over the measured
 * iterations, as JMH sums events). Over healthy instances the last three read 0, 100 and 0.
 */
@State(Scope.Benchmark)
@QuickSizes("instances=3")
public abstract class RoutingSweep {

    @Param({"ROUND_ROBIN", "RANDOM", "LEAST_IN_FLIGHT", "POWER_OF_TWO_CHOICES", "SESSION_AFFINITY", "RENDEZVOUS_HASH"})
    RoutingPolicy policy;

    @Param({"3", "20"})
    int instances;

    /** The routed server the sweep calls, made by the benchmark in its trial setup from the parameters. */
    RoutedServer server;

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
        public void place(ThreadParams params) {
            thread.place(params);
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
        public void report() {
            if (thread.reports()) {
                RoutedServer server = thread.server();
                maxSharePct = thread.weighted(server.maxSharePercent());
                failingRoutePct = thread.weighted(server.failingRoutePercent());
                failingRoutes = server.failingRoutes();
                successPct = thread.weighted(server.successPercent());
            }
        }
    }

    @Benchmark
    @Threads(1)
    public Instance threads1(Shares s) {
        return s.thread.call(server);
    }

    @Benchmark
    @Threads(2)
    public Instance threads2(Shares s) {
        return s.thread.call(server);
    }

    @Benchmark
    @Threads(4)
    public Instance threads4(Shares s) {
        return s.thread.call(server);
    }

    @Benchmark
    @Threads(8)
    public Instance threads8(Shares s) {
        return s.thread.call(server);
    }
}
