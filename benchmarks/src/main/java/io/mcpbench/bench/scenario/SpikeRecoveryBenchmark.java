package io.mcpbench.bench.scenario;

import io.mcpbench.bench.support.Jvm;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Recovery after a spike, the plan's last criterion: with the agent model of
 * {@link AgentFleetBenchmark}, 50 agents run; each invocation (one episode) first measures
 * {@link #BASELINE_WINDOWS} windows of {@link #WINDOW_MILLIS} ms at 50 agents, whose worst p99
 * latency and lowest success rate make the pre-spike band; then 450 agents join for
 * {@link #SPIKE_MILLIS} ms (500 in all) and leave again; then windows are measured until
 * {@link #RECOVERED_WINDOWS} in a row are inside the band. {@code recoveryMs} is the time from the
 * end of the spike (the order to drop back to 50) to the start of the first of those windows: 0
 * when the first window after the spike is already inside, a multiple of the window otherwise (the
 * resolution), and {@link #GIVE_UP_MILLIS} (the plan's 2 minutes) when the band was not reached by
 * then. Beside it, {@code baselineP99Ms} (the band's top), {@code spikeP99Ms} and
 * {@code spikeErrorPct} (the spike as a whole: graceful degradation keeps its errors near 0) and
 * {@code afterP99Ms} (the first window after the spike). Each is the mean over measured episodes
 * ({@link IterationFigure}). The primary score is the episode's length (SingleShotTime), which
 * grows with the recovery time; read {@code recoveryMs}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SpikeRecoveryBenchmark {

    static final int BASE_AGENTS = 50;
    static final int SPIKE_AGENTS = 500;
    static final long WINDOW_MILLIS = 250;
    static final int BASELINE_WINDOWS = 8;
    static final long SPIKE_MILLIS = 2_000;
    static final int RECOVERED_WINDOWS = 3;
    static final long GIVE_UP_MILLIS = 120_000;

    @Setup(Level.Trial)
    public void setUp(FleetRun run) throws InterruptedException {
        run.resize(BASE_AGENTS);
        Thread.sleep(10 * FleetRun.THINK_MEAN_NANOS / 1_000_000);
    }

    /** One episode's figures. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Episode {
        /** From the end of the spike to the first of {@link #RECOVERED_WINDOWS} windows inside the band, ms. */
        public double recoveryMs;
        /** The band's top: the worst window p99 before the spike, ms. */
        public double baselineP99Ms;
        /** p99 latency over the whole spike, ms. */
        public double spikeP99Ms;
        /** Failed calls during the spike, percent. */
        public double spikeErrorPct;
        /** p99 latency in the first window after the spike, ms. */
        public double afterP99Ms;

        boolean measured;
        double weight;

        @Setup(Level.Iteration)
        public void start(BenchmarkParams benchmark, IterationParams iteration) {
            measured = iteration.getType() == IterationType.MEASUREMENT;
            weight = IterationFigure.weight(benchmark, iteration);
            recoveryMs = 0;
            baselineP99Ms = 0;
            spikeP99Ms = 0;
            spikeErrorPct = 0;
            afterP99Ms = 0;
        }
    }

    @Benchmark
    public double spike(FleetRun run, Episode episode) throws InterruptedException {
        FleetStats stats = run.stats;
        stats.take();
        double bandP99 = 0;
        double bandError = 0;
        for (int i = 0; i < BASELINE_WINDOWS; i++) {
            FleetStats.Window w = window(stats);
            bandP99 = Math.max(bandP99, w.percentileMs(99));
            bandError = Math.max(bandError, w.errorPercent());
        }
        run.resize(SPIKE_AGENTS);
        Thread.sleep(SPIKE_MILLIS);
        long spikeEnd = System.nanoTime();
        run.resize(BASE_AGENTS);
        FleetStats.Window spike = stats.take();
        double after = Double.NaN;
        long recovery = GIVE_UP_MILLIS;
        int inBand = 0;
        long firstInBand = 0;
        while (true) {
            long start = System.nanoTime();
            FleetStats.Window w = window(stats);
            if (Double.isNaN(after)) {
                after = w.percentileMs(99);
            }
            if (w.calls() > 0 && w.percentileMs(99) <= bandP99 && w.errorPercent() <= bandError) {
                if (inBand++ == 0) {
                    firstInBand = start;
                }
                if (inBand == RECOVERED_WINDOWS) {
                    recovery = TimeUnit.NANOSECONDS.toMillis(firstInBand - spikeEnd);
                    break;
                }
            } else {
                inBand = 0;
            }
            if (System.nanoTime() - spikeEnd >= TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MILLIS)) {
                break;
            }
        }
        if (episode.measured) {
            double weight = episode.weight;
            episode.recoveryMs = recovery * weight;
            episode.baselineP99Ms = bandP99 * weight;
            episode.spikeP99Ms = spike.percentileMs(99) * weight;
            episode.spikeErrorPct = spike.errorPercent() * weight;
            episode.afterP99Ms = after * weight;
        }
        return recovery;
    }

    /** Waits one window and takes its calls. */
    private static FleetStats.Window window(FleetStats stats) throws InterruptedException {
        Thread.sleep(WINDOW_MILLIS);
        return stats.take();
    }
}
