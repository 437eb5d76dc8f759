package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded result files with fork-to-fork random effects: each fork draws its own level around
 * the row's true value (log-normal, {@code forkSd}), and its iterations vary around that level
 * ({@code iterationSd}), as JVM forks do.
 */
final class Simulated {

    private final SplittableRandom rng;

    Simulated(long seed) {
        rng = new SplittableRandom(seed);
    }

    double[][] forks(double value, int forks, int iterations, double forkSd, double iterationSd) {
        double[][] out = new double[forks][iterations];
        for (int f = 0; f < forks; f++) {
            double level = Math.log(value) + forkSd * rng.nextGaussian();
            for (int i = 0; i < iterations; i++) {
                out[f][i] = Math.exp(level + iterationSd * rng.nextGaussian());
            }
        }
        return out;
    }

    static RowKey key(int i, String mode) {
        return RowKey.of("bench.Sim.m" + i, mode, Map.of("size", String.valueOf(i % 7)), 1, RowKey.PRIMARY);
    }

    /** {@code rows} rows in {@code mode}, true values {@code 100 * (1 + i % 10)} scaled by {@code factor}. */
    ResultFile file(String name, String mode, String unit, int rows, int forks, int iterations, double factor,
                    double forkSd, double iterationSd) {
        List<Row> list = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            double value = 100.0 * (1 + i % 10) * factor;
            list.add(new Row(key(i, mode), unit, forks(value, forks, iterations, forkSd, iterationSd), null));
        }
        return new ResultFile(name, RunInfo.unknown(), list);
    }
}
