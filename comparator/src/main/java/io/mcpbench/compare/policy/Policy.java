package io.mcpbench.compare.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a gate accepts: default statistical settings, per-benchmark overrides, known
 * regressions and absences, and absolute limits. Overrides are applied in order, each one
 * that matches replacing the fields it sets, so a later, more specific entry wins.
 *
 * @param q                  false-discovery rate over the run (Benjamini-Hochberg)
 * @param noiseFloor         default smallest relative change that counts, as a fraction
 * @param band               default equivalence band, as a fraction
 * @param gatedMetrics       default metrics that can fail the gate
 * @param overrides          per-benchmark settings, in order
 * @param allowedRegressions regressions that pass, with reasons
 * @param allowedMissing     absent rows that pass, with reasons
 * @param limits             absolute limits on the candidate
 */
public record Policy(
        double q,
        double noiseFloor,
        double band,
        List<String> gatedMetrics,
        List<BenchmarkOverride> overrides,
        List<Allowance> allowedRegressions,
        List<Allowance> allowedMissing,
        List<Limit> limits) {

    /** Default false-discovery rate. */
    public static final double DEFAULT_Q = 0.05;
    /** Default noise floor: changes under 2% never count as regressions. */
    public static final double DEFAULT_NOISE_FLOOR = 0.02;
    /** Default equivalence band: +-5%. */
    public static final double DEFAULT_BAND = 0.05;
    /** Metrics gated by default: the score and the (deterministic) allocation per operation. */
    public static final List<String> DEFAULT_GATED = List.of("primary", "gc.alloc.rate.norm");

    public Policy {
        Objects.requireNonNull(gatedMetrics, "gatedMetrics");
        gatedMetrics = List.copyOf(gatedMetrics);
        overrides = List.copyOf(overrides);
        allowedRegressions = List.copyOf(allowedRegressions);
        allowedMissing = List.copyOf(allowedMissing);
        limits = List.copyOf(limits);
    }

    /** The policy used when none is given: default settings, nothing allowed, no limits. */
    public static Policy defaults() {
        return new Policy(DEFAULT_Q, DEFAULT_NOISE_FLOOR, DEFAULT_BAND, DEFAULT_GATED,
                List.of(), List.of(), List.of(), List.of());
    }

    /** This policy with other top-level statistics (command-line options win over the file). */
    public Policy withSettings(Double newQ, Double newNoiseFloor, Double newBand) {
        return new Policy(newQ == null ? q : newQ, newNoiseFloor == null ? noiseFloor : newNoiseFloor,
                newBand == null ? band : newBand, gatedMetrics, overrides, allowedRegressions, allowedMissing, limits);
    }

    /** This policy with {@code extra} limits appended (from the environment, say). */
    public Policy withLimits(List<Limit> extra) {
        List<Limit> all = new ArrayList<>(limits);
        all.addAll(extra);
        return new Policy(q, noiseFloor, band, gatedMetrics, overrides, allowedRegressions, allowedMissing, all);
    }

    /** The settings for {@code benchmarkName}: defaults, then every matching override in order. */
    public RowPolicy resolve(String benchmarkName) {
        double nf = noiseFloor;
        double b = band;
        List<String> gated = gatedMetrics;
        for (BenchmarkOverride o : overrides) {
            if (!o.appliesTo(benchmarkName)) continue;
            if (o.noiseFloor() != null) nf = o.noiseFloor();
            if (o.band() != null) b = o.band();
            if (o.gatedMetrics() != null) gated = o.gatedMetrics();
        }
        return new RowPolicy(nf, b, gated);
    }

    /** The reason a regression of this row is accepted, or null. */
    public String allowedRegression(String benchmarkName, String metric) {
        return firstReason(allowedRegressions, benchmarkName, metric);
    }

    /** The reason the absence of this row is accepted, or null. */
    public String allowedMissing(String benchmarkName, String metric) {
        return firstReason(allowedMissing, benchmarkName, metric);
    }

    private static String firstReason(List<Allowance> list, String benchmarkName, String metric) {
        for (Allowance a : list) {
            if (a.covers(benchmarkName, metric)) return a.reason();
        }
        return null;
    }
}
