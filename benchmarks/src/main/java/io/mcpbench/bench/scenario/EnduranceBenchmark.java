package io.mcpbench.bench.scenario;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.workload.downstream.LatencyModel;
import io.mcpbench.workload.downstream.LatencySpend;
import io.mcpbench.workload.downstream.SeededDownstream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Sustained load with a leak check: 4 agents send a mixed stream (valid calls, invalid arguments,
 * unknown tools, {@code tools/list} pages; see {@link Workload#mixed}) through one gateway with
 * metrics on, for 20 measured iterations of 10 s by default ({@code -i}/{@code -r} shorten it).
 * The downstream answers at once and fails 1% of calls, so the error paths run too and as many
 * requests as possible pass through. After each measured iteration, outside the measured time, the
 * heap is measured after settled full collections: {@code heapAfterGcMB} is its mean over
 * the measured iterations, and {@code heapGrowthMB} the growth from the first measured iteration to the last
 * (reported by the last iteration alone, divided by the forks, so the score is the mean growth per
 * fork; 0 with a single iteration). A gateway that keeps anything per request shows a growth
 * that rises with the run's length; a healthy one stays within a few MB of noise. As a rate that a
 * "no leak" limit can check whatever the run's length, {@code heapSlopeMBPerHour} is the
 * least-squares slope of a fork's readings against their time, in MB per hour of the run, and
 * {@code heapSlopeLowMBPerHour} and {@code heapSlopeHighMBPerHour} the ends of its 95% confidence
 * interval ({@link HeapSlope}); like the growth they are reported by a fork's last iteration and
 * averaged over the forks (each fork's own is in the raw data), and are 0 with fewer than 3
 * measured iterations. The same reading
 * comes from {@code -prof resources} as {@code res.heap.growth}. Under {@code -prof gc},
 * {@code gc.count} and {@code gc.time} include these explicit collections; the allocation per
 * operation does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 20, time = 10)
@Threads(4)
public class EnduranceBenchmark {

    static final double FAILURE_RATE = 0.01;
    private static final double MB = 1024.0 * 1024.0;

    McpGateway gateway;
    byte[][] requests;
    int mask;

    @Setup(Level.Trial)
    public void setUp() {
        CatalogSnapshot snapshot = Workload.catalog();
        gateway = Workload.gateway(snapshot, new SeededDownstream(Workload.SEED, LatencyModel.zero(),
                LatencySpend.BUSY_SPIN, FAILURE_RATE), new MetricsCollector());
        requests = Workload.mixed(snapshot);
        mask = requests.length - 1;
        Workload.prime(gateway, requests);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gateway.close();
    }

    /** One agent's place in the stream and, for thread 0, the heap readings JMH reports. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Agent {
        /** Heap used after full GC at the end of each measured iteration, MB (mean over them). */
        public double heapAfterGcMB;
        /** Heap after GC at the last measured iteration minus at the first, MB (mean over forks). */
        public double heapGrowthMB;
        /** Least-squares slope of heap after GC against time, MB per hour (mean over forks). */
        public double heapSlopeMBPerHour;
        /** Lower end of the slope's 95% confidence interval, MB per hour (mean over forks). */
        public double heapSlopeLowMBPerHour;
        /** Upper end of the slope's 95% confidence interval, MB per hour (mean over forks). */
        public double heapSlopeHighMBPerHour;

        int next;
        String session;
        boolean reporter;
        int measuredSoFar;
        double firstMB = Double.NaN;
        long firstNanos;
        final HeapSlope slope = new HeapSlope();
        IterationParams iteration;
        BenchmarkParams benchmark;

        @Setup(Level.Trial)
        public void join(EnduranceBenchmark b, ThreadParams thread) {
            next = thread.getThreadIndex() * (b.requests.length / Math.max(1, thread.getThreadCount()));
            session = "agent-" + thread.getThreadIndex();
            reporter = thread.getThreadIndex() == 0;
        }

        @Setup(Level.Iteration)
        public void start(BenchmarkParams benchmark, IterationParams iteration) {
            this.benchmark = benchmark;
            this.iteration = iteration;
            heapAfterGcMB = 0;
            heapGrowthMB = 0;
            heapSlopeMBPerHour = 0;
            heapSlopeLowMBPerHour = 0;
            heapSlopeHighMBPerHour = 0;
        }

        @TearDown(Level.Iteration)
        public void measure() {
            if (!reporter || iteration.getType() != IterationType.MEASUREMENT) {
                return;
            }
            double mb = HeapMeter.usedAfterGc() / MB;
            long now = System.nanoTime();
            if (measuredSoFar++ == 0) {
                firstMB = mb;
                firstNanos = now;
            }
            slope.add((now - firstNanos) / 1e9, mb);
            heapAfterGcMB = mb * IterationFigure.weight(benchmark, iteration);
            if (measuredSoFar == iteration.getCount()) {
                double perFork = 1.0 / Math.max(1, benchmark.getForks());
                heapGrowthMB = (mb - firstMB) * perFork;
                if (slope.hasInterval()) {
                    double rate = slope.perHour();
                    double halfWidth = slope.halfWidthPerHour();
                    heapSlopeMBPerHour = rate * perFork;
                    heapSlopeLowMBPerHour = (rate - halfWidth) * perFork;
                    heapSlopeHighMBPerHour = (rate + halfWidth) * perFork;
                }
            }
        }
    }

    @Benchmark
    public byte[] mixed(Agent agent) {
        return gateway.handle(requests[agent.next++ & mask], agent.session);
    }
}
