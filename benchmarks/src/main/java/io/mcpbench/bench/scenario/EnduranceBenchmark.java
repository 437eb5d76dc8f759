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
 * that rises with the run's length; a healthy one stays within a few MB of noise. The same reading
 * comes from {@code -prof resources} as {@code res.heap.growth}. Under {@code -prof gc},
 * {@code gc.count} and {@code gc.time} include these explicit collections; the allocation per
 * operation does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC})
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

        int next;
        String session;
        boolean reporter;
        int measuredSoFar;
        double firstMB = Double.NaN;
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
        }

        @TearDown(Level.Iteration)
        public void measure() {
            if (!reporter || iteration.getType() != IterationType.MEASUREMENT) {
                return;
            }
            double mb = HeapMeter.usedAfterGc() / MB;
            if (measuredSoFar++ == 0) {
                firstMB = mb;
            }
            heapAfterGcMB = mb * IterationFigure.weight(benchmark, iteration);
            if (measuredSoFar == iteration.getCount()) {
                heapGrowthMB = (mb - firstMB) / Math.max(1, benchmark.getForks());
            }
        }
    }

    @Benchmark
    public byte[] mixed(Agent agent) {
        return gateway.handle(requests[agent.next++ & mask], agent.session);
    }
}
