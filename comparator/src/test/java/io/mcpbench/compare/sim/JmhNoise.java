package io.mcpbench.compare.sim;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded JMH-like results with the noise real runs show: each fork (JVM) draws its own level
 * (log-normal, {@code forkSd}), a share of forks lands in a slower JIT mode, iterations vary
 * around the fork's level with occasional spikes (a GC pause, a timer tick), the first
 * iterations still carry the JIT's warm-up, and in A/B rounds the machine drifts between rounds
 * by the same factor for both sides of a round. Bytes allocated per operation are the same in
 * every fork of most rows, with a few bytes of jitter; in a share of rows they take one of two
 * values per fork, 13% apart (escape analysis decides per JVM: one peer here allocates about
 * 3,830 or about 4,330 B/op depending on the fork).
 *
 * @param forkSd          fork-to-fork sd of the log level (0.02 = 2%)
 * @param slowModeShare   share of forks in a slower JIT mode (0.2)
 * @param slowModeFactor  how much slower that mode is (1.10)
 * @param iterationSd     iteration sd of the log value inside a fork
 * @param spikeShare      share of iterations with a spike
 * @param spikeFactor     how much a spike adds (1.3 = +30%)
 * @param warmup          leading iterations still warming up (their excess decays from {@code warmupFactor})
 * @param warmupFactor    how slow the first iteration is (2.0 = twice the steady time)
 * @param roundDriftSd    sd of the log level of the machine from round to round, shared by a round's two forks
 * @param allocationModes share of rows whose allocation per op has two modes
 */
public record JmhNoise(double forkSd, double slowModeShare, double slowModeFactor, double iterationSd,
                       double spikeShare, double spikeFactor, int warmup, double warmupFactor, double roundDriftSd,
                       double allocationModes) {

    /**
     * Realistic on a busy 2-core machine: fork sd as given, 20% of forks in a 10% slower mode, 1%
     * iteration noise, 5% of iterations spiked by 30%, three warm-up iterations, a quarter of the
     * rows with two allocation modes.
     */
    public static JmhNoise realistic(double forkSd, double roundDriftSd) {
        return new JmhNoise(forkSd, 0.2, 1.10, 0.01, 0.05, 1.3, 3, 2.0, roundDriftSd, 0.25);
    }

    /** Plain fork noise only: log-normal forks with {@code forkSd}, 1% iterations, no modes, spikes or warm-up. */
    public static JmhNoise plain(double forkSd, double roundDriftSd) {
        return new JmhNoise(forkSd, 0.0, 1.0, 0.01, 0.0, 1.0, 0, 1.0, roundDriftSd, 0.0);
    }

    /**
     * A suite design: rows per side, forks (rounds) per side, iterations per fork, and whether the
     * forks are labelled by round (an A/B run) or not (two separate runs).
     */
    public record Design(int rows, int forks, int iterations, boolean paired) {
    }

    /** Two files, base and candidate, of one simulated A/B run (or two runs). */
    public record Suite(ResultFile base, ResultFile cand) {
    }

    /**
     * A suite whose candidate is {@code slowdown} times slower in row {@code changedRow} (-1: none)
     * and allocates {@code extraBytes} more per op there; each row has an allocation row beside it.
     */
    public Suite suite(Design d, long seed, int changedRow, double slowdown, double extraBytes) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] drift = new double[d.forks()];
        for (int r = 0; r < drift.length; r++) drift[r] = roundDriftSd * rng.nextGaussian();
        List<Row> base = new ArrayList<>();
        List<Row> cand = new ArrayList<>();
        for (int row = 0; row < d.rows(); row++) {
            double value = 100.0 * (1 + row % 10);
            double bytes = 1000.0 * (1 + row % 5);
            boolean changed = row == changedRow;
            RowKey key = RowKey.of("sim.Bench.m" + row, "avgt", Map.of("size", Integer.toString(row % 3)), 1, RowKey.PRIMARY);
            base.add(row(key, "ns/op", times(rng, d, value, drift), d));
            cand.add(row(key, "ns/op", times(rng, d, value * (changed ? slowdown : 1.0), drift), d));
            RowKey alloc = key.withMetric("gc.alloc.rate.norm");
            boolean modes = row % 4 < Math.round(allocationModes * 4);
            base.add(row(alloc, "B/op", allocation(rng, d, bytes, modes), d));
            cand.add(row(alloc, "B/op", allocation(rng, d, bytes + (changed ? extraBytes : 0), modes), d));
        }
        return new Suite(new ResultFile("base", RunInfo.unknown(), base), new ResultFile("cand", RunInfo.unknown(), cand));
    }

    private static Row row(RowKey key, String unit, double[][] forks, Design d) {
        String[] labels = null;
        if (d.paired()) {
            labels = new String[forks.length];
            for (int i = 0; i < labels.length; i++) labels[i] = "round-" + (i + 1);
        }
        return new Row(key, unit, forks, null, labels, 0);
    }

    double[][] times(SplittableRandom rng, Design d, double value, double[] drift) {
        double[][] out = new double[d.forks()][d.iterations()];
        for (int f = 0; f < d.forks(); f++) {
            double level = Math.log(value) + forkSd * rng.nextGaussian() + drift[f];
            if (rng.nextDouble() < slowModeShare) level += Math.log(slowModeFactor);
            for (int i = 0; i < d.iterations(); i++) {
                double v = Math.exp(level + iterationSd * rng.nextGaussian());
                if (i < warmup) v *= 1 + (warmupFactor - 1) * Math.pow(0.35, i);
                if (rng.nextDouble() < spikeShare) v *= spikeFactor;
                out[f][i] = v;
            }
        }
        return out;
    }

    static double[][] allocation(SplittableRandom rng, Design d, double bytes, boolean modes) {
        double[][] out = new double[d.forks()][d.iterations()];
        for (int f = 0; f < d.forks(); f++) {
            // escape analysis scalar-replaces an allocation in some JVMs and not in others
            double level = modes && rng.nextBoolean() ? bytes * 1.13 : bytes;
            for (int i = 0; i < d.iterations(); i++) {
                out[f][i] = level + 0.5 * rng.nextGaussian();
            }
        }
        return out;
    }
}
