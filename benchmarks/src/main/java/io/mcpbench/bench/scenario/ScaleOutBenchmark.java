package io.mcpbench.bench.scenario;

import io.mcpbench.bench.gateway.CallKind;
import io.mcpbench.bench.gateway.CallRequests;
import io.mcpbench.bench.routing.ShareDeviation;
import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.bench.support.SmokeSizes;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.registry.ServiceInstance;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import io.mcpbench.workload.downstream.SeededDownstream;
import io.mcpbench.workload.gateway.Gateways;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Scale-out and rebalancing, the plan's horizontal scaling and load distribution criteria: the
 * largest server of the scenarios' catalog runs on {@link #FROM} instances in the gateway's
 * registry while {@link #CALLERS} threads call its tools without pause (an instant downstream, so
 * routing is all that decides where calls go); each invocation registers {@link #TO} - {@link #FROM}
 * more instances at once, as an autoscaler would, and watches what every instance receives (a
 * counting downstream) in windows of {@link #CALLS_PER_INSTANCE} calls per instance.
 * {@code effectMs}: from the registration until every new instance has had a call (the scaling
 * action took effect). {@code balancedMs}: until the end of the first window in which every one of
 * the 20 instances got its fair share within {@link #TOLERANCE_PCT}% (a window is long enough
 * that random choice alone stays inside with 99% probability: its resolution);
 * {@code windowSharePct}: the largest deviation from the fair share in that window, percent.
 * An invocation watches for {@code watchMillis} at most (30 s, the plan's limit, by default; the
 * smoke run gives it 2 s), and that value stands for "not within it". Before each invocation the added
 * instances are deregistered and one window runs on three. Each figure is the mean over measured
 * invocations ({@link IterationFigure}); the primary score is the invocation's length. The quick
 * profile leaves out power of two choices, whose invocations watch to the end on a machine where
 * latency estimates are noisy; the smoke run, which watches 2 s, keeps every policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@QuickSizes("policy=ROUND_ROBIN,LEAST_IN_FLIGHT")
@SmokeSizes({"policy=ROUND_ROBIN,POWER_OF_TWO_CHOICES,LEAST_IN_FLIGHT", "watchMillis=2000"})
public class ScaleOutBenchmark {

    static final int FROM = 3;
    static final int TO = 20;
    static final int CALLERS = 2;
    static final int CALLS_PER_INSTANCE = 5_000;
    static final double TOLERANCE_PCT = 5.0;
    /** A window that takes longer than this means the callers have stalled: the benchmark fails. */
    static final long STALL_MILLIS = 30_000;

    @Param({"ROUND_ROBIN", "POWER_OF_TWO_CHOICES", "LEAST_IN_FLIGHT"})
    RoutingPolicy policy;

    /** How long an invocation watches for balance, ms; {@code balancedMs} and {@code effectMs} reach it when it was not. */
    @Param("30000")
    long watchMillis;

    String server;
    ServiceRegistry registry;
    CountingDownstream downstream;
    McpGateway gateway;
    Thread[] callers;
    volatile boolean stop;
    volatile Throwable callerFailure;

    @Setup(Level.Trial)
    public void setUp() {
        CatalogSnapshot full = Workload.catalog();
        server = full.serverIds().stream().max(Comparator.comparingInt(s -> full.toolsOf(s).size())).orElseThrow();
        CatalogSnapshot snapshot = CatalogSnapshot.of(Map.of(server, full.toolsOf(server)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < TO; i++) {
            ids.add(instanceId(i));
        }
        downstream = new CountingDownstream(ids, SeededDownstream.instant(Workload.SEED));
        registry = new ServiceRegistry(Gateways.REGISTRY_TTL);
        for (int i = 0; i < FROM; i++) {
            register(i);
        }
        gateway = McpGateway.builder().catalog(new ToolCatalog(snapshot)).registry(registry).downstream(downstream)
                .router(new RoutingService(RoutingConfig.defaults(policy), System::nanoTime)).build();
        byte[][] requests = CallRequests.toolCalls(snapshot, CallKind.VALID, 1024, Workload.SEED);
        Workload.prime(gateway, requests);
        callers = new Thread[CALLERS];
        for (int t = 0; t < CALLERS; t++) {
            int offset = t * requests.length / CALLERS;
            callers[t] = new Thread(() -> call(requests, offset), "scale-out-caller-" + t);
            callers[t].setDaemon(true);
            callers[t].start();
        }
    }

    private void call(byte[][] requests, int offset) {
        int mask = requests.length - 1;
        try {
            for (int i = offset; !stop; i++) {
                if (gateway.handle(requests[i & mask]).length == 0) {
                    throw new IllegalStateException("no response from the gateway");
                }
            }
        } catch (Throwable e) {
            callerFailure = e;
        }
    }

    private String instanceId(int i) {
        return server + "-" + i;
    }

    private void register(int i) {
        registry.register(ServiceInstance.of(instanceId(i), server, ServiceType.MCP_SERVER, "mcp://" + server + "/" + i));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        stop = true;
        for (Thread t : callers) {
            t.join();
        }
        gateway.close();
    }

    /** One scale-out's figures. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Rebalance {
        /** From the registration until every added instance had a call, ms. */
        public double effectMs;
        /** From the registration to the end of the first window with every share within 5% of fair, ms. */
        public double balancedMs;
        /** The largest deviation from the fair share in that window (or the last one), percent. */
        public double windowSharePct;

        boolean measured;
        double weight;

        /** Back to {@link #FROM} instances, and one window of calls on them. */
        @Setup(Level.Iteration)
        public void scaleIn(ScaleOutBenchmark b, BenchmarkParams benchmark, IterationParams iteration) throws InterruptedException {
            measured = iteration.getType() == IterationType.MEASUREMENT;
            weight = IterationFigure.weight(benchmark, iteration);
            effectMs = 0;
            balancedMs = 0;
            windowSharePct = 0;
            for (int i = FROM; i < TO; i++) {
                b.registry.deregister(b.instanceId(i));
            }
            b.awaitWindow(b.downstream.counts(), FROM);
        }
    }

    @Benchmark
    public double scaleOut(Rebalance figures) throws InterruptedException {
        downstream.forgetFirstCalls();
        long[] before = downstream.counts();
        long start = System.nanoTime();
        for (int i = FROM; i < TO; i++) {
            register(i);
        }
        long giveUp = start + TimeUnit.MILLISECONDS.toNanos(watchMillis);
        double deviation = Double.NaN;
        long balanced = watchMillis;
        while (giveUp - System.nanoTime() > 0) {
            long[] after = awaitWindow(before, TO);
            long[] window = new long[TO];
            for (int i = 0; i < TO; i++) {
                window[i] = after[i] - before[i];
            }
            deviation = ShareDeviation.maxPercent(List.of(window), new boolean[TO]);
            if (deviation <= TOLERANCE_PCT) {
                balanced = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                break;
            }
            before = after;
        }
        long effect = 0;
        for (int i = FROM; i < TO && effect < watchMillis; i++) {
            long first = downstream.firstCallNanos(i);
            effect = first == 0 ? watchMillis : Math.max(effect, TimeUnit.NANOSECONDS.toMillis(first - start));
        }
        if (figures.measured) {
            figures.effectMs = effect * figures.weight;
            figures.balancedMs = balanced * figures.weight;
            figures.windowSharePct = deviation * figures.weight;
        }
        return deviation;
    }

    /**
     * Waits until {@code instances} x {@link #CALLS_PER_INSTANCE} calls were counted after
     * the counts {@code from}, and returns the counts then; fails if a caller failed or the window took
     * longer than {@link #STALL_MILLIS}.
     */
    long[] awaitWindow(long[] from, int instances) throws InterruptedException {
        long target = total(from) + (long) instances * CALLS_PER_INSTANCE;
        long stalled = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS);
        while (true) {
            Throwable failure = callerFailure;
            if (failure != null) {
                throw new IllegalStateException("a caller failed: " + failure, failure);
            }
            long[] now = downstream.counts();
            if (total(now) >= target) {
                return now;
            }
            if (System.nanoTime() - stalled > 0) {
                throw new IllegalStateException("the callers made " + (total(now) - total(from)) + " of a window's "
                        + (target - total(from)) + " calls in " + STALL_MILLIS + " ms");
            }
            Thread.sleep(1);
        }
    }

    private static long total(long[] counts) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }
}
