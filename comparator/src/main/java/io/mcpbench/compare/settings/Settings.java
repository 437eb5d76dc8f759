package io.mcpbench.compare.settings;

import io.mcpbench.compare.jmh.MetricNames;
import io.mcpbench.compare.normalize.Directions;
import java.util.List;
import java.util.Objects;

/**
 * How a comparison decides and gates, each setting under one name: the policy file's keys, the
 * report's {@code settings}, and the command-line options ({@code --q}, {@code --noise-floor},
 * {@code --inconclusive}, {@code --too-few-forks}) all name these fields. The same type serves a
 * whole run and one benchmark: {@link #forBenchmark} applies the per-benchmark overrides, so the
 * decision of a row reads its floors and gated metrics where the run reads its rules.
 *
 * @param q               false-discovery rate of the Benjamini-Hochberg adjustment over each
 *                        family (gated rows, ungated rows), and the level of the two one-sided
 *                        equivalence tests
 * @param noiseFloor      smallest relative change that counts (0.02 = 2%): a change is REGRESSED
 *                        or IMPROVED only when its interval reaches beyond it, EQUIVALENT only
 *                        when its interval lies within it
 * @param allocationFloor the same for bytes allocated per operation, in bytes: less than one
 *                        object by default, so one more object per operation counts however much
 *                        the row allocates
 * @param gatedMetrics    metrics that can fail the gate ({@code primary}, {@code gc.alloc.rate.norm},
 *                        {@code p0.99}, ...); their p-values form the gated family
 * @param inconclusive    what a gated INCONCLUSIVE row does to the gate
 * @param tooFewForks     what a gated row with fewer than two settled forks a side does
 * @param overrides       per-benchmark floors and gated metrics, applied in order (later wins)
 */
public record Settings(double q, double noiseFloor, double allocationFloor, List<String> gatedMetrics,
                       Rule inconclusive, Rule tooFewForks, List<BenchmarkOverride> overrides) {

    /** Default false-discovery rate. */
    public static final double DEFAULT_Q = 0.05;
    /** Default noise floor: changes under 2% never count. */
    public static final double DEFAULT_NOISE_FLOOR = 0.02;
    /** Default allocation floor: 8 bytes per operation, half an object. */
    public static final double DEFAULT_ALLOCATION_FLOOR = 8.0;
    /** Metrics gated by default: the score and the allocation per operation. */
    public static final List<String> DEFAULT_GATED = List.of("primary", "gc.alloc.rate.norm");

    /**
     * q 0.05, floor 2%, allocation floor 8 B, the score and allocation per op gated, INCONCLUSIVE
     * warns (a run cannot always settle every row, and a job that fails whenever one row is noisy
     * fails on noise), too few forks fails (exit 3, cannot gate), no overrides.
     */
    public static final Settings DEFAULTS = new Settings(DEFAULT_Q, DEFAULT_NOISE_FLOOR, DEFAULT_ALLOCATION_FLOOR,
            DEFAULT_GATED, Rule.WARN, Rule.FAIL, List.of());

    public Settings {
        if (!(q > 0 && q < 0.5)) {
            throw new IllegalArgumentException("q must be in (0, 0.5), got " + q);
        }
        if (!(noiseFloor >= 0 && noiseFloor < 1)) {
            throw new IllegalArgumentException("noiseFloor must be in [0, 1), got " + noiseFloor);
        }
        if (!(allocationFloor >= 0) || Double.isInfinite(allocationFloor)) {
            throw new IllegalArgumentException("allocationFloor must be a finite value >= 0, got " + allocationFloor);
        }
        Objects.requireNonNull(inconclusive, "inconclusive");
        Objects.requireNonNull(tooFewForks, "tooFewForks");
        if (tooFewForks == Rule.WARN) {
            throw new IllegalArgumentException("tooFewForks is fail or pass: a run that cannot gate has nothing to warn about");
        }
        gatedMetrics = List.copyOf(gatedMetrics);
        overrides = List.copyOf(overrides);
    }

    /** The defaults with {@code q} and one noise floor for every row. */
    public static Settings of(double q, double noiseFloor) {
        return DEFAULTS.with(q, noiseFloor, null, null);
    }

    /** These settings with the values that are not null replaced (command-line options over a policy). */
    public Settings with(Double newQ, Double newNoiseFloor, Rule newInconclusive, Rule newTooFewForks) {
        return new Settings(newQ == null ? q : newQ, newNoiseFloor == null ? noiseFloor : newNoiseFloor, allocationFloor,
                gatedMetrics, newInconclusive == null ? inconclusive : newInconclusive,
                newTooFewForks == null ? tooFewForks : newTooFewForks, overrides);
    }

    /** These settings with other per-benchmark overrides. */
    public Settings withOverrides(List<BenchmarkOverride> newOverrides) {
        return new Settings(q, noiseFloor, allocationFloor, gatedMetrics, inconclusive, tooFewForks, newOverrides);
    }

    /** The settings of the benchmark named {@code benchmark}: every matching override applied in order, none left. */
    public Settings forBenchmark(String benchmark) {
        double nf = noiseFloor;
        double af = allocationFloor;
        List<String> gated = gatedMetrics;
        for (BenchmarkOverride o : overrides) {
            if (!o.appliesTo(benchmark)) continue;
            if (o.noiseFloor() != null) nf = o.noiseFloor();
            if (o.allocationFloor() != null) af = o.allocationFloor();
            if (o.gatedMetrics() != null) gated = o.gatedMetrics();
        }
        return new Settings(q, nf, af, gated, inconclusive, tooFewForks, List.of());
    }

    /**
     * True when a row of metric {@code rowMetric} can fail the gate under these settings (resolve
     * them {@link #forBenchmark} first). Rates that follow throughput ({@code gc.alloc.rate}, ...)
     * never can: they have no better side.
     */
    public boolean gates(String rowMetric) {
        if (Directions.followsThroughput(rowMetric)) {
            return false;
        }
        for (String m : gatedMetrics) {
            if (MetricNames.matches(m, rowMetric)) return true;
        }
        return false;
    }
}
