package io.mcpbench.bench.routing;

import io.mcpbench.bench.support.Jvm;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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
 * A routed call (route, then complete) while instances fail, so ejection, back-off and readmission
 * on probation run all the time: with {@code QUARTER_DOWN} a quarter of the instances fail every
 * call (1 of 3, 5 of 20); with {@code ALL_FLAKY} every instance fails half of its calls, where the
 * ejection cap must keep instances in rotation rather than eject them all. The service's clock runs
 * {@value #TIME_SCALE} times faster than real time, so the default back-off (1 s doubling to 60 s)
 * passes in about 1 to 60 ms and a one-second iteration sees many ejections and readmissions.
 * The thread sweep and the figures it reports (how evenly calls spread, how many reached a down
 * instance, how many succeeded) are {@link RoutingSweep}'s.
 */
@State(Scope.Benchmark)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingUnderFailureBenchmark extends RoutingSweep {

    /** How much faster than real time the service's clock runs. */
    static final long TIME_SCALE = 1024;

    @Param({"QUARTER_DOWN", "ALL_FLAKY"})
    Failures failures;

    /** How the instances fail. */
    public enum Failures {
        /** A quarter of the instances (1 of 3, 5 of 20) fail every call; the others never fail. */
        QUARTER_DOWN,
        /** Every instance fails half of its calls, at random (seeded). */
        ALL_FLAKY
    }

    @Setup(Level.Trial)
    public void setUp() {
        server = failures == Failures.QUARTER_DOWN
                ? new RoutedServer(policy, instances, Math.max(1, instances / 4), acceleratedClock())
                : new RoutedServer(policy, instances, 0, 0.5, acceleratedClock());
    }

    /** A monotonic clock that advances {@link #TIME_SCALE} nanoseconds per real nanosecond. */
    static LongSupplier acceleratedClock() {
        long origin = System.nanoTime();
        return () -> (System.nanoTime() - origin) * TIME_SCALE;
    }
}
