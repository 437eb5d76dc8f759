package io.mcpbench.compare.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a gate accepts: default statistical settings, what unsettled gated rows do (for every run
 * and per baseline profile), per-benchmark overrides, known regressions and absences, and
 * absolute limits. Overrides are applied in order, each one that matches replacing the fields it
 * sets, so a later, more specific entry wins.
 *
 * @param q                  false-discovery rate over the gated rows (Benjamini-Hochberg)
 * @param noiseFloor         default smallest relative change that counts, as a fraction
 * @param allocationFloor    default smallest change of allocated bytes per operation that counts
 * @param gatedMetrics       default metrics that can fail the gate
 * @param rules              what unsettled gated rows do, unless a profile says otherwise
 * @param profiles           per baseline profile name, rules that replace those it sets
 * @param overrides          per-benchmark settings, in order
 * @param allowedRegressions regressions that pass, with reasons
 * @param allowedMissing     absent rows that pass, with reasons
 * @param limits             absolute limits on the candidate
 */
public record Policy(
        double q,
        double noiseFloor,
        double allocationFloor,
        List<String> gatedMetrics,
        GateRules rules,
        Map<String, ProfileRules> profiles,
        List<BenchmarkOverride> overrides,
        List<Allowance> allowedRegressions,
        List<Allowance> allowedMissing,
        List<Limit> limits) {

    /** Default false-discovery rate. */
    public static final double DEFAULT_Q = 0.05;
    /** Default noise floor: changes under 2% never count as regressions. */
    public static final double DEFAULT_NOISE_FLOOR = 0.02;
    /** Default allocation floor: 8 bytes per operation, half an object. */
    public static final double DEFAULT_ALLOCATION_FLOOR = 8.0;
    /** Metrics gated by default: the score and the allocation per operation. */
    public static final List<String> DEFAULT_GATED = List.of("primary", "gc.alloc.rate.norm");

    /**
     * A profile's rules: null fields keep the policy's.
     *
     * @param inconclusive what a gated INCONCLUSIVE row does in runs of this profile, or null
     * @param tooFewForks  what a gated row with too few forks does, or null
     */
    public record ProfileRules(Rule inconclusive, Rule tooFewForks) {
    }

    public Policy {
        Objects.requireNonNull(gatedMetrics, "gatedMetrics");
        Objects.requireNonNull(rules, "rules");
        gatedMetrics = List.copyOf(gatedMetrics);
        profiles = Map.copyOf(profiles);
        overrides = List.copyOf(overrides);
        allowedRegressions = List.copyOf(allowedRegressions);
        allowedMissing = List.copyOf(allowedMissing);
        limits = List.copyOf(limits);
    }

    /** The policy used when none is given: default settings and rules, nothing allowed, no limits. */
    public static Policy defaults() {
        return new Policy(DEFAULT_Q, DEFAULT_NOISE_FLOOR, DEFAULT_ALLOCATION_FLOOR, DEFAULT_GATED, GateRules.DEFAULTS,
                Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** This policy with other top-level statistics and rules where not null (command-line options win over the file). */
    public Policy withSettings(Double newQ, Double newNoiseFloor, Rule inconclusive, Rule tooFewForks) {
        return new Policy(newQ == null ? q : newQ, newNoiseFloor == null ? noiseFloor : newNoiseFloor, allocationFloor,
                gatedMetrics, rules.with(inconclusive, tooFewForks), profiles, overrides, allowedRegressions,
                allowedMissing, limits);
    }

    /** This policy with {@code extra} limits appended (from the environment, say). */
    public Policy withLimits(List<Limit> extra) {
        List<Limit> all = new ArrayList<>(limits);
        all.addAll(extra);
        return new Policy(q, noiseFloor, allocationFloor, gatedMetrics, rules, profiles, overrides, allowedRegressions,
                allowedMissing, all);
    }

    /** The rules for runs compared with baseline profile {@code profile} (null: none named). */
    public GateRules rulesFor(String profile) {
        ProfileRules p = profile == null ? null : profiles.get(profile);
        return p == null ? rules : rules.with(p.inconclusive(), p.tooFewForks());
    }

    /** The settings for {@code benchmarkName}: defaults, then every matching override in order. */
    public RowPolicy resolve(String benchmarkName) {
        double nf = noiseFloor;
        double af = allocationFloor;
        List<String> gated = gatedMetrics;
        for (BenchmarkOverride o : overrides) {
            if (!o.appliesTo(benchmarkName)) continue;
            if (o.noiseFloor() != null) nf = o.noiseFloor();
            if (o.allocationFloor() != null) af = o.allocationFloor();
            if (o.gatedMetrics() != null) gated = o.gatedMetrics();
        }
        return new RowPolicy(nf, af, gated);
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
