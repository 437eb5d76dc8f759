package io.mcpbench.bench.scenario;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.bench.support.SmokeSizes;
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
 * The performance plan's load profile, stage by stage: 10 agents, then 50, then 100 held, then
 * back down to 10, with the agent model of {@link AgentFleetBenchmark}. Each {@code stage} is one
 * row: its fork first goes through the stages before it, {@link #PATH_STAGE_MILLIS} each (agents
 * join or leave at the step, so a stage starts from the state the earlier ones left), then its
 * warm-up and measured iterations run at the stage's own agent count. So {@code RAMP_DOWN_10} is 10
 * agents after 100: the same load as {@code RAMP_10}, and a gateway that kept something of the
 * busier stages (sessions, routing bindings, a slower path) shows the difference. Steps, not linear
 * ramps: the change is in the warm-up, and the figures are of the stage's steady state. Primary
 * score: calls completed per second; secondary metrics as {@link FleetFigures}. The smoke run
 * takes {@code RAMP_DOWN_10} alone, whose fork steps through every stage up and down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@QuickSizes("stage=HOLD_100")
@SmokeSizes("stage=RAMP_DOWN_10")
public class LoadStagesBenchmark {

    /** How long each stage before the measured one runs, ms: ten mean think times. */
    static final long PATH_STAGE_MILLIS = 1_000;

    /** The stages, in the profile's order, with their agent counts. */
    public enum Stage {
        RAMP_10(10),
        RAMP_50(50),
        HOLD_100(100),
        RAMP_DOWN_10(10);

        final int agents;

        Stage(int agents) {
            this.agents = agents;
        }
    }

    @Param({"RAMP_10", "RAMP_50", "HOLD_100", "RAMP_DOWN_10"})
    Stage stage;

    @Setup(Level.Trial)
    public void setUp(FleetRun run) throws InterruptedException {
        for (Stage s : Stage.values()) {
            run.resize(s.agents);
            if (s == stage) {
                break;
            }
            Thread.sleep(PATH_STAGE_MILLIS);
        }
    }

    /** One operation: the next call an agent completes. */
    @Benchmark
    public void calls(FleetRun run, FleetFigures figures) throws InterruptedException {
        run.stats.awaitCompletion();
    }
}
