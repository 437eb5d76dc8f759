package io.mcpbench.bench.scenario;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.workload.downstream.LatencyModel;
import io.mcpbench.workload.downstream.LatencySpend;
import io.mcpbench.workload.downstream.SeededDownstream;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Throughput of {@code tools/call} through one shared gateway as concurrent agents are added: 1,
 * 2, 4, 8, 16 and 32 threads (one method each, so a default run gives the whole curve; JMH's
 * {@code -t} would override them all), each thread an agent with its own session key, over the
 * 500-tool catalog with two instances per server and metrics on. The downstream answers after a
 * lognormal latency, median 50 us and p99 500 us, spent by <em>parking</em>: a tool server is
 * another process, so while it works the agent's thread waits without a core, and added agents
 * can overlap their waits. Spinning instead would make 32 threads fight over the machine's cores
 * for the simulation itself and measure that, not the gateway. Parking on Linux adds timer slack
 * (about 50 us by default) to each wait, the same at every thread count; throughput should rise
 * with threads until the gateway's own CPU work or its shared state (routing counters, metrics)
 * saturates the cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConcurrentAgentsBenchmark {

    static final long MEDIAN_NANOS = 50_000;
    static final long P99_NANOS = 500_000;

    McpGateway gateway;
    byte[][] requests;
    int mask;

    @Setup(Level.Trial)
    public void setUp() {
        CatalogSnapshot snapshot = Workload.catalog();
        gateway = Workload.gateway(snapshot, new SeededDownstream(Workload.SEED,
                LatencyModel.logNormal(MEDIAN_NANOS, P99_NANOS), LatencySpend.PARK, 0.0), new MetricsCollector());
        requests = Workload.validCalls(snapshot);
        mask = requests.length - 1;
        Workload.prime(gateway, requests);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gateway.close();
    }

    /** One agent: its session and its place in the request stream (agents start spread over it). */
    @State(Scope.Thread)
    public static class Agent {
        int next;
        String session;

        @Setup(Level.Trial)
        public void join(ConcurrentAgentsBenchmark b, ThreadParams thread) {
            next = thread.getThreadIndex() * (b.requests.length / Math.max(1, thread.getThreadCount()));
            session = "agent-" + thread.getThreadIndex();
        }
    }

    private byte[] call(Agent agent) {
        return gateway.handle(requests[agent.next++ & mask], agent.session);
    }

    @Benchmark
    @Threads(1)
    public byte[] agents01(Agent agent) {
        return call(agent);
    }

    @Benchmark
    @Threads(2)
    public byte[] agents02(Agent agent) {
        return call(agent);
    }

    @Benchmark
    @Threads(4)
    public byte[] agents04(Agent agent) {
        return call(agent);
    }

    @Benchmark
    @Threads(8)
    public byte[] agents08(Agent agent) {
        return call(agent);
    }

    @Benchmark
    @Threads(16)
    public byte[] agents16(Agent agent) {
        return call(agent);
    }

    @Benchmark
    @Threads(32)
    public byte[] agents32(Agent agent) {
        return call(agent);
    }
}
