package io.mcpbench.bench.scenario;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.workload.agents.AgentFleet;
import io.mcpbench.workload.agents.Carrier;
import io.mcpbench.workload.downstream.LatencyModel;
import io.mcpbench.workload.downstream.LatencySpend;
import io.mcpbench.workload.downstream.SeededDownstream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The agent scenarios' system: one gateway (the scenarios' 500-tool catalog, two instances per
 * server, metrics on) whose downstream answers after a lognormal latency of median 1 ms and p99
 * 10 ms, spent parking (a tool server is another process), never failing; and a fleet of agents
 * that each think for an exponential time of mean 100 ms between a response and their next valid
 * {@code tools/call}: about 10 calls a second per agent, more often than a model-driven agent calls
 * tools, so the figures are an upper bound on the load of that many agents. The heap is measured
 * before any agent joins, so what the agents' sessions and carriers hold can be told apart. A JMH
 * state shared by the agent scenarios: each sizes the fleet in its own trial setup, and
 * {@link FleetFigures} reads it around each iteration.
 */
@State(Scope.Benchmark)
public class FleetRun {

    static final long THINK_MEAN_NANOS = 100_000_000;
    static final long DOWNSTREAM_MEDIAN_NANOS = 1_000_000;
    static final long DOWNSTREAM_P99_NANOS = 10_000_000;
    private static final double MB = 1024.0 * 1024.0;

    McpGateway gateway;
    FleetStats stats;
    AgentFleet fleet;
    private long heapBeforeAgents;

    @Setup(Level.Trial)
    public void open() {
        stats = new FleetStats();
        CatalogSnapshot snapshot = Workload.catalog();
        gateway = Workload.gateway(snapshot, new SeededDownstream(Workload.SEED,
                LatencyModel.logNormal(DOWNSTREAM_MEDIAN_NANOS, DOWNSTREAM_P99_NANOS), LatencySpend.PARK, 0.0), new MetricsCollector());
        byte[][] requests = Workload.validCalls(snapshot);
        Workload.prime(gateway, requests);
        heapBeforeAgents = HeapMeter.usedAfterGc();
        fleet = new AgentFleet(gateway, requests, LatencyModel.exponential(THINK_MEAN_NANOS), Workload.SEED, stats, Carrier.best());
    }

    /** Grows or shrinks the fleet to {@code agents}; returns once removed agents have closed their sessions. */
    void resize(int agents) {
        try {
            fleet.resize(agents);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resizing the fleet", e);
        }
    }

    /**
     * The heap the fleet's agents hold, per 100 agents, in MB: heap used after settled full
     * collections now, less before any agent joined, over the agents running now. The agents keep
     * calling while it is measured, so their calls in flight count too.
     */
    double heapPer100AgentsMB() {
        long held = HeapMeter.usedAfterGc() - heapBeforeAgents;
        return held / MB / Math.max(1, fleet.size()) * 100.0;
    }

    @TearDown(Level.Trial)
    public void close() {
        fleet.close();
        gateway.close();
    }
}
