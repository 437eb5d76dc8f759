package io.mcpbench.compare.cli;

import io.mcpbench.compare.method.IndependentForks;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.policy.GateRules;
import io.mcpbench.compare.policy.EnvironmentLimits;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loading what the commands share: result files (never an empty one) and the policy with its overrides. */
final class Inputs {

    private Inputs() {
    }

    /** Reads a result file; a missing path, a folder, or a file without rows is bad input. */
    static ResultFile result(ComparisonBackend backend, Path file) {
        if (!Files.exists(file)) throw new BadResultException(file + ": no such file");
        if (Files.isDirectory(file)) throw new BadResultException(file + ": is a directory, not a JMH result file");
        ResultFile r = backend.read(file);
        if (r.rows().isEmpty()) throw new BadResultException(file + ": no benchmark results in the file");
        return r;
    }

    /**
     * The policy: {@code explicit} if given, else {@code fallback} if that file exists, else the
     * defaults; then the {@code PERF_*} limits from {@code env}; then the command-line settings.
     */
    static Policy policy(Path explicit, Path fallback, Map<String, String> env, StatisticsOptions options) {
        Policy p;
        if (explicit != null) {
            p = PolicyLoader.load(explicit);
        } else if (fallback != null && Files.isRegularFile(fallback)) {
            p = PolicyLoader.load(fallback);
        } else {
            p = Policy.defaults();
        }
        p = p.withLimits(EnvironmentLimits.from(env));
        return options.apply(p);
    }

    /** The settings a report lists. */
    static Map<String, Object> settings(StatisticsSettings s, GateRules rules, String policySource, int envLimits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q", s.q());
        m.put("noiseFloor", s.noiseFloor());
        m.put("inconclusive", rules.inconclusive().word());
        m.put("tooFewForks", rules.tooFewForks().word());
        m.put("history", s.history() == null ? "(none)" : s.history());
        m.put("policy", policySource);
        m.put("environmentLimits", envLimits);
        return m;
    }

    /**
     * The notes every comparison report carries about what the statistics could not model: a
     * baseline from another run compared without a history of earlier runs.
     */
    static List<String> modelNotes(ComparisonBackend.Comparison cmp) {
        if (cmp.runLevelModelled()) return List.of();
        for (RowComparison r : cmp.rows()) {
            if (r.method().startsWith(IndependentForks.NAME)) {
                return List.of("run-to-run variance unmodelled: the baseline comes from another run and no --history "
                        + "gave the spread between runs, so a difference of runs smaller than the noise floor can read "
                        + "as a change");
            }
        }
        return List.of();
    }

    /** What the report calls the policy in use. */
    static String policySource(Path explicit, Path fallback) {
        if (explicit != null) return explicit.toString();
        if (fallback != null && Files.isRegularFile(fallback)) return fallback.toString();
        return "(defaults)";
    }
}
