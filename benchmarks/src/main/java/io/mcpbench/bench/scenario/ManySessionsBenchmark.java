package io.mcpbench.bench.scenario;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.GatewayConfig;
import io.mcpbench.core.gateway.GatewaySession;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import io.mcpbench.core.session.InProcessServer;
import io.mcpbench.core.session.InProcessSession;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.downstream.SeededDownstream;
import io.mcpbench.workload.gateway.Gateways;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
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
 * Many open client sessions: the time to open 100 or 1,000 sessions (single shot, the
 * primary score) and the heap each session holds while open ({@code bytesPerSession}, secondary).
 * {@code impl=sdk} opens MCP SDK clients on one in-process SDK server and runs each one's
 * initialize handshake; {@code impl=gateway} opens gateway sessions ({@code McpGateway.openSession},
 * session-affinity routing) and makes one {@code tools/call} in each, so each also holds its
 * routing binding: one request and response per session on both sides. Heap is measured after
 * settled full collections before the sessions open (iteration setup) and again while all are open
 * and referenced (iteration teardown), and the difference is divided by the count; the sessions
 * are then closed, and the server (or gateway) must have none left. The figure is the mean over
 * measured iterations (see {@link IterationFigure}); for the SDK it covers client and server
 * session objects together, as one connection costs both ends. The figure barely moves with the
 * count (it was measured up to 10,000), and {@code ManySessionsOverloadTest} in the core holds
 * 10,000 gateway sessions to a bound on it. Under {@code -prof gc}, {@code gc.count} and
 * {@code gc.time} include the explicit collections.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@QuickSizes("sessions=100")
public class ManySessionsBenchmark {

    @Param({"sdk", "gateway"})
    String impl;

    @Param({"100", "1000"})
    int sessions;

    InProcessServer server;
    InProcessSession[] open;
    McpGateway gateway;
    GatewaySession[] gatewayOpen;
    byte[][] calls;

    @Setup(Level.Trial)
    public void setUp() {
        CatalogSnapshot snapshot = new CatalogGenerator(Workload.SEED).snapshot(500);
        if ("sdk".equals(impl)) {
            server = InProcessServer.builder(snapshot, SeededDownstream.instant(0L)).build();
            open = new InProcessSession[sessions];
            // One session's life first, so classes and shared SDK resources are not charged to the first iteration.
            server.connect().close();
        } else if ("gateway".equals(impl)) {
            gateway = Gateways.over(new ToolCatalog(snapshot), Workload.INSTANCES)
                    .router(new RoutingService(RoutingConfig.defaults(RoutingPolicy.SESSION_AFFINITY), System::nanoTime))
                    .config(GatewayConfig.defaults().withMaxSessions(sessions))
                    .build();
            gatewayOpen = new GatewaySession[sessions];
            calls = Workload.validCalls(snapshot);
            Workload.prime(gateway, calls);
            try (GatewaySession first = gateway.openSession()) {
                first.handle(calls[0]);
            }
        } else {
            throw new IllegalArgumentException("unknown impl '" + impl + "': expected sdk or gateway");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (server != null) {
            server.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    /** Closes every open session; the server or gateway must then hold none. */
    void closeAll() {
        int left = open != null ? closeEach(open, server::openSessions) : closeEach(gatewayOpen, gateway::openSessions);
        if (left != 0) {
            throw new IllegalStateException(left + " " + impl + " sessions left open after closing every one");
        }
    }

    /** Closes and forgets each session; returns how many sessions {@code stillOpen} then reports. */
    private static int closeEach(AutoCloseable[] sessions, IntSupplier stillOpen) {
        for (int i = 0; i < sessions.length; i++) {
            if (sessions[i] != null) {
                try {
                    sessions[i].close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing a session failed: " + e, e);
                }
                sessions[i] = null;
            }
        }
        return stillOpen.getAsInt();
    }

    /** The heap measurement around each iteration, and the figure JMH reports. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Footprint {
        /** Heap held per open session, bytes (mean over measured iterations, see {@link IterationFigure}). */
        public double bytesPerSession;

        long before;
        boolean measured;
        double weight;

        @Setup(Level.Iteration)
        public void before(BenchmarkParams benchmark, IterationParams iteration) {
            bytesPerSession = 0;
            measured = iteration.getType() == IterationType.MEASUREMENT;
            weight = IterationFigure.weight(benchmark, iteration);
            before = HeapMeter.usedAfterGc();
        }

        @TearDown(Level.Iteration)
        public void after(ManySessionsBenchmark b) {
            if (measured) {
                long held = HeapMeter.usedAfterGc() - before;
                bytesPerSession = (double) held / b.sessions * weight;
            }
            b.closeAll();
        }
    }

    @Benchmark
    public Object[] openSessions(Footprint footprint) {
        if (gateway != null) {
            GatewaySession[] s = gatewayOpen;
            byte[][] c = calls;
            int mask = c.length - 1;
            for (int i = 0; i < s.length; i++) {
                s[i] = gateway.openSession();
                if (s[i].handle(c[i & mask]).length == 0) {
                    throw new IllegalStateException("no response in session " + s[i].id());
                }
            }
            return s;
        }
        InProcessSession[] s = open;
        for (int i = 0; i < s.length; i++) {
            s[i] = server.connect();
        }
        return s;
    }
}
