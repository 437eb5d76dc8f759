package io.mcpbench.bench.compare;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.SmokeSizes;
import io.mcpbench.compare.analysis.ComparisonEngine;
import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The comparator's whole decision over a large suite: 1,000 rows of 10 forks x 20 iterations a
 * side, Welch, Mann-Whitney, the two-level bootstrap and Benjamini-Hochberg included. The gate
 * runs once per CI job, so what matters is the time of one cold-ish comparison: single-shot
 * mode, a few warm-ups. The suite must take under 2 s on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@SmokeSizes("rows=100")
public class ComparisonBenchmark {

    @Param({"1000"})
    int rows;

    @Param({"10"})
    int forks;

    @Param({"20"})
    int iterations;

    private final ComparisonEngine engine = new ComparisonEngine();
    private final Settings settings = Settings.DEFAULTS;
    private ResultFile base;
    private ResultFile candidate;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20261120L);
        base = suite(random, 1.0);
        candidate = suite(random, 1.03);
    }

    private ResultFile suite(SplittableRandom random, double level) {
        List<Row> list = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            double centre = 100.0 * (1 + r % 17) * level;
            double[][] data = new double[forks][iterations];
            for (int f = 0; f < forks; f++) {
                double forkLevel = centre * Math.exp(0.02 * random.nextGaussian());
                for (int i = 0; i < iterations; i++) {
                    data[f][i] = forkLevel * Math.exp(0.03 * random.nextGaussian());
                }
            }
            RowKey key = RowKey.of("bench.Suite.method" + (r / 10), "avgt", Map.of("p", Integer.toString(r % 10)), 1,
                    RowKey.PRIMARY);
            list.add(new Row(key, "ns/op", data, null));
        }
        return new ResultFile("synthetic", RunInfo.unknown(), list);
    }

    @Benchmark
    public ComparisonResult compareSuite() {
        return engine.compare(base, candidate, settings);
    }
}
