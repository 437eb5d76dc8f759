package io.mcpbench.bench.scenario;

import io.mcpbench.bench.gateway.Responses;
import io.mcpbench.bench.support.Jvm;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.gateway.GatewayConfig;
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
import org.openjdk.jmh.runner.IterationType;

/**
 * Graceful degradation: 8 agents (more than the cores) calling tools through one gateway while
 * the downstream fails a share of calls ({@code failureRate} 0, 0.1, 0.5) and answers at a
 * {@code STEADY} latency (lognormal, median 50 us, p99 500 us) or during a {@code SPIKE} (ten times
 * slower: median 500 us, p99 5 ms), spent by parking as in {@link ConcurrentAgentsBenchmark}. The
 * gateway admits at most {@code maxInFlight} calls at once: 1,024 (the default, which 8 agents
 * never reach) or 4 (overload: while four agents wait on the downstream, the others find every
 * slot taken and are shed with an overload error at once). Throughput is the
 * primary score; each call is also timed with {@code System.nanoTime} into a per-thread
 * HdrHistogram, and the pooled calls of the iteration give {@code p50Us} and {@code p99Us}
 * (microseconds), {@code successPct} (calls answered without a JSON-RPC or tool error, percent),
 * {@code shedPct} (calls shed under overload, percent) and {@code shedP99Us} (the 99th percentile
 * of the shed calls alone), each the mean over measured iterations (see {@link IterationFigure}).
 * Degrading gracefully means failures and shed calls come back as errors about as fast as
 * successes, or faster, rather than stall: p99 must stay near the downstream's own p99, and under
 * overload p50 falls to what a shed call costs, since it never waits for the downstream. A shed
 * agent calls again at once, so with more agents than cores the agents preempt one another, and
 * {@code shedP99Us} then shows the scheduler's delays (milliseconds on a busy 2-core machine)
 * rather than the gateway's; that no shed call waits is what the core's {@code McpGatewayOverloadTest} proves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(8)
public class SpikeOverloadBenchmark {

    /** The downstream's latency: normal, or during a spike. */
    public enum Latency {
        STEADY(50_000, 500_000),
        SPIKE(500_000, 5_000_000);

        final long medianNanos;
        final long p99Nanos;

        Latency(long medianNanos, long p99Nanos) {
            this.medianNanos = medianNanos;
            this.p99Nanos = p99Nanos;
        }
    }

    @Param({"0", "0.1", "0.5"})
    double failureRate;

    @Param({"STEADY", "SPIKE"})
    Latency latency;

    /** The gateway's in-flight limit ({@code GatewayConfig.maxInFlight}); the per-server limit is left at its default. */
    @Param({"1024", "4"})
    int maxInFlight;

    McpGateway gateway;
    byte[][] requests;
    int mask;
    LatencyRecorder[] recorders;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        CatalogSnapshot snapshot = Workload.catalog();
        gateway = Workload.gateway(snapshot, new SeededDownstream(Workload.SEED,
                LatencyModel.logNormal(latency.medianNanos, latency.p99Nanos), LatencySpend.PARK, failureRate),
                new MetricsCollector(), GatewayConfig.defaults().withMaxInFlight(maxInFlight));
        requests = Workload.validCalls(snapshot);
        mask = requests.length - 1;
        Workload.prime(gateway, requests);
        recorders = new LatencyRecorder[params.getThreads()];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gateway.close();
    }

    /** One agent's place in the stream, its recorder, and (for thread 0) the pooled figures JMH reports. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Outcomes {
        /** Median call latency, us (mean over measured iterations). */
        public double p50Us;
        /** 99th percentile call latency, us (mean over measured iterations). */
        public double p99Us;
        /** Calls without an error, percent (mean over measured iterations). */
        public double successPct;
        /** Calls shed by the gateway under overload, percent (mean over measured iterations). */
        public double shedPct;
        /** 99th percentile latency of the shed calls alone, us (mean over measured iterations; 0 when none was shed). */
        public double shedP99Us;

        int next;
        String session;
        LatencyRecorder recorder;
        boolean reporter;
        boolean measured;
        double weight;

        @Setup(Level.Trial)
        public void join(SpikeOverloadBenchmark b, ThreadParams thread) {
            next = thread.getThreadIndex() * (b.requests.length / Math.max(1, thread.getThreadCount()));
            session = "agent-" + thread.getThreadIndex();
            recorder = new LatencyRecorder();
            b.recorders[thread.getThreadIndex()] = recorder;
            reporter = thread.getThreadIndex() == 0;
        }

        @Setup(Level.Iteration)
        public void start(BenchmarkParams benchmark, IterationParams iteration) {
            recorder.reset();
            p50Us = 0;
            p99Us = 0;
            successPct = 0;
            shedPct = 0;
            shedP99Us = 0;
            measured = iteration.getType() == IterationType.MEASUREMENT;
            weight = IterationFigure.weight(benchmark, iteration);
        }

        /** Every thread has left the measurement loop when iteration teardowns run, so all recorders are final. */
        @TearDown(Level.Iteration)
        public void report(SpikeOverloadBenchmark b) {
            if (reporter && measured) {
                LatencyRecorder.Summary s = LatencyRecorder.summarize(b.recorders);
                p50Us = s.p50Micros() * weight;
                p99Us = s.p99Micros() * weight;
                successPct = s.successPercent() * weight;
                shedPct = s.shedPercent() * weight;
                shedP99Us = Double.isNaN(s.shedP99Micros()) ? 0 : s.shedP99Micros() * weight;
            }
        }
    }

    @Benchmark
    public byte[] call(Outcomes agent) {
        long start = System.nanoTime();
        byte[] response = gateway.handle(requests[agent.next++ & mask], agent.session);
        long nanos = System.nanoTime() - start;
        boolean failure = Responses.isFailure(response);
        agent.recorder.record(nanos, failure, failure && Responses.isOverloaded(response));
        return response;
    }
}
