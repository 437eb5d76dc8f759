package io.mcpbench.compare.policy;

import io.mcpbench.compare.settings.Rule;
import io.mcpbench.compare.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a gate accepts: the settings (defaults and per-benchmark overrides), what unsettled gated
 * rows do per baseline profile, known regressions and absences, and absolute limits.
 *
 * @param settings           the statistics settings and gate rules, with per-benchmark overrides
 * @param profiles           per baseline profile name, rules that replace those it sets
 * @param allowedRegressions regressions that pass, with reasons
 * @param allowedMissing     absent rows that pass, with reasons
 * @param limits             absolute limits on the candidate
 */
public record Policy(
        Settings settings,
        Map<String, ProfileRules> profiles,
        List<Allowance> allowedRegressions,
        List<Allowance> allowedMissing,
        List<Limit> limits) {

    /**
     * A profile's rules: null fields keep the policy's.
     *
     * @param inconclusive what a gated INCONCLUSIVE row does in runs of this profile, or null
     * @param tooFewForks  what a gated row with too few forks does, or null
     */
    public record ProfileRules(Rule inconclusive, Rule tooFewForks) {
    }

    public Policy {
        Objects.requireNonNull(settings, "settings");
        profiles = Map.copyOf(profiles);
        allowedRegressions = List.copyOf(allowedRegressions);
        allowedMissing = List.copyOf(allowedMissing);
        limits = List.copyOf(limits);
    }

    /** The policy used when none is given: default settings, nothing allowed, no limits. */
    public static Policy defaults() {
        return new Policy(Settings.DEFAULTS, Map.of(), List.of(), List.of(), List.of());
    }

    /** This policy with other settings (command-line options over the file's, say). */
    public Policy withSettings(Settings newSettings) {
        return new Policy(newSettings, profiles, allowedRegressions, allowedMissing, limits);
    }

    /** This policy with {@code extra} limits appended (from the environment, say). */
    public Policy withLimits(List<Limit> extra) {
        List<Limit> all = new ArrayList<>(limits);
        all.addAll(extra);
        return new Policy(settings, profiles, allowedRegressions, allowedMissing, all);
    }

    /** The settings for runs compared with baseline profile {@code profile} (null: none named): its rules over the policy's. */
    public Settings settingsFor(String profile) {
        ProfileRules p = profile == null ? null : profiles.get(profile);
        return p == null ? settings : settings.with(null, null, p.inconclusive(), p.tooFewForks());
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
