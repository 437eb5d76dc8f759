package io.mcpbench.compare.cli;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.policy.EnvironmentLimits;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Loading what the commands share: result files (never an empty one) and the policy with its overrides. */
final class Inputs {

    /** How a result on standard input is named on the command line. */
    static final String STDIN = "-";
    /** How a result on standard input is named in messages and reports. */
    static final String STDIN_NAME = "standard input";

    private Inputs() {
    }

    /** True for the path {@code -}: standard input. */
    static boolean isStdin(Path file) {
        return STDIN.equals(file.toString());
    }

    /** The name of a result file in reports: the path as given, or {@code standard input}. */
    static String name(Path file) {
        return isStdin(file) ? STDIN_NAME : file.toString();
    }

    /** Reads a result file, or standard input (read once) for {@code -}; a result without rows is bad input. */
    static ResultFile resultOrStdin(ComparatorCli cli, Path file) {
        if (!isStdin(file)) return result(cli.backend, file);
        ResultFile r = cli.backend.parse(STDIN_NAME, cli.stdin());
        if (r.rows().isEmpty()) throw new BadResultException(STDIN_NAME + ": no benchmark results");
        return r;
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
    static Map<String, Object> settings(StatisticsSettings s, String policySource, int envLimits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q", s.q());
        m.put("noiseFloor", s.noiseFloor());
        m.put("band", s.band());
        m.put("confidence", s.confidence());
        m.put("resamples", s.resamples());
        m.put("seed", s.seed());
        m.put("policy", policySource);
        m.put("environmentLimits", envLimits);
        return m;
    }

    /** What the report calls the policy in use. */
    static String policySource(Path explicit, Path fallback) {
        if (explicit != null) return explicit.toString();
        if (fallback != null && Files.isRegularFile(fallback)) return fallback.toString();
        return "(defaults)";
    }
}
