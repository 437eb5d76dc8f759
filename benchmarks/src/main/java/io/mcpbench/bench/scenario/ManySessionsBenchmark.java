package io.mcpbench.bench.scenario;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.core.catalog.generator.CatalogGenerator;
import io.mcpbench.core.session.InProcessServer;
import io.mcpbench.core.session.InProcessSession;
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
 * Many open client sessions on one in-process SDK server: the time to open and initialize 100 or
 * 1,000 sessions (single shot, the primary score) and the heap each session holds while open
 * ({@code bytesPerSession}, secondary). Heap is measured after settled full collections before the
 * sessions open (iteration setup) and again while all are open and referenced (iteration teardown),
 * and the difference is divided by the count; the sessions are then closed, and the server must
 * have none left. The figure is the mean over measured iterations (see {@link IterationFigure});
 * it covers client and server session objects together, as one connection costs both ends. Under
 * {@code -prof gc}, {@code gc.count} and {@code gc.time} include the explicit collections.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC})
@Warmup(iterations = 5)
@Measurement(iterations = 5)
public class ManySessionsBenchmark {

    @Param({"100", "1000"})
    int sessions;

    InProcessServer server;
    InProcessSession[] open;

    @Setup(Level.Trial)
    public void setUp() {
        server = InProcessServer.builder(new CatalogGenerator(Workload.SEED).snapshot(500)).build();
        open = new InProcessSession[sessions];
        // One session's life first, so classes and shared SDK resources are not charged to the first iteration.
        server.connect().close();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
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
            for (int i = 0; i < b.open.length; i++) {
                if (b.open[i] != null) {
                    b.open[i].close();
                    b.open[i] = null;
                }
            }
            if (b.server.openSessions() != 0) {
                throw new IllegalStateException(b.server.openSessions() + " server sessions left after closing every client");
            }
        }
    }

    @Benchmark
    public InProcessSession[] openSessions(Footprint footprint) {
        InProcessSession[] s = open;
        for (int i = 0; i < s.length; i++) {
            s[i] = server.connect();
        }
        return s;
    }
}
