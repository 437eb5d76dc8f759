package io.mcpbench.bench.scenario;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The figures of an agent scenario's measured iteration, as JMH secondary metrics: the calls'
 * latency percentiles from the moment each was meant to be sent ({@code p50Ms}, {@code p95Ms},
 * {@code p99Ms}, milliseconds), failed calls ({@code errorPct}, percent), the process's share of
 * every core ({@code cpuPct}, percent; the simulated agents and downstream run in the same process
 * and count in it) and the heap the agents hold ({@code heapPer100AgentsMB}). Each is the mean over
 * measured iterations ({@link IterationFigure}).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class FleetFigures {

    /** Median call latency, ms. */
    public double p50Ms;
    /** 95th percentile call latency, ms. */
    public double p95Ms;
    /** 99th percentile call latency, ms. */
    public double p99Ms;
    /** Failed calls (JSON-RPC or tool errors), percent of all calls. */
    public double errorPct;
    /** Process CPU time over wall time and every core, percent. */
    public double cpuPct;
    /** Heap held by the agents and their sessions per 100 agents, MB. */
    public double heapPer100AgentsMB;

    private final ProcessCpu cpu = new ProcessCpu();
    private boolean measured;
    private double weight;

    /** Starts an iteration's window on {@code run}. */
    @Setup(Level.Iteration)
    public void begin(FleetRun run, BenchmarkParams benchmark, IterationParams iteration) {
        p50Ms = 0;
        p95Ms = 0;
        p99Ms = 0;
        errorPct = 0;
        cpuPct = 0;
        heapPer100AgentsMB = 0;
        measured = iteration.getType() == IterationType.MEASUREMENT;
        weight = IterationFigure.weight(benchmark, iteration);
        run.stats.take();
        cpu.start();
    }

    /** Ends the window: reads the calls and the CPU first, then measures the heap (collections are outside the window). */
    @TearDown(Level.Iteration)
    public void end(FleetRun run) {
        if (!measured) {
            return;
        }
        double cpuShare = cpu.percent();
        FleetStats.Window window = run.stats.take();
        if (window.calls() == 0) {
            throw new IllegalStateException("no agent call completed in the iteration");
        }
        p50Ms = window.percentileMs(50) * weight;
        p95Ms = window.percentileMs(95) * weight;
        p99Ms = window.percentileMs(99) * weight;
        errorPct = window.errorPercent() * weight;
        cpuPct = cpuShare * weight;
        heapPer100AgentsMB = run.heapPer100AgentsMB() * weight;
    }
}
