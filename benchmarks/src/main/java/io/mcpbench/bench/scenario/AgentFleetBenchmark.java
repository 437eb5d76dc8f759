package io.mcpbench.bench.scenario;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Concurrent agents per server, the performance plan's throughput criterion: 100, 500 or 1,000
 * agents, each its own gateway session, calling tools with a think time against one gateway and a
 * simulated downstream ({@link FleetRun} has the model: about 10 calls a second per agent, a 1 ms
 * median downstream). The agents run on virtual threads on JDK 21 and newer, and on a timer and 64
 * platform threads before that ({@link io.mcpbench.workload.agents.Carrier}), so a thousand of them
 * fit on two cores. The primary score is the calls completed per second (one operation is one
 * completed call, counted by the JMH thread as the agents complete them); {@link FleetFigures} has
 * the secondary metrics: {@code p50Ms}, {@code p95Ms}, {@code p99Ms}, {@code errorPct},
 * {@code cpuPct} and {@code heapPer100AgentsMB}. With {@code -prof resources},
 * {@code res.cpu.time.per.op} is the process CPU time per completed call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@QuickSizes("agents=100")
public class AgentFleetBenchmark {

    @Param({"100", "500", "1000"})
    int agents;

    @Setup(Level.Trial)
    public void setUp(FleetRun run) {
        run.resize(agents);
    }

    /** One operation: the next call an agent completes. */
    @Benchmark
    public void calls(FleetRun run, FleetFigures figures) throws InterruptedException {
        run.stats.awaitCompletion();
    }
}
