package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.input.InputFiles;
import io.mcpbench.compare.method.IndependentForks;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.policy.EnvironmentLimits;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import io.mcpbench.compare.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loading what the commands share: result files (never an empty one) and the policy with its
 * overrides. A result file is read once ({@link InputFiles}: a regular file, bounded in size), and
 * those bytes are both what is checked and what a command stores.
 */
final class Inputs {

    /** How a result on standard input is named on the command line. */
    static final String STDIN = "-";
    /** How a result on standard input is named in messages and reports. */
    static final String STDIN_NAME = "standard input";

    private Inputs() {
    }

    /** A result file as read: its bytes and what they hold. */
    record Read(byte[] bytes, ResultFile result) {
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
        return parse(cli.backend, STDIN_NAME, cli.stdin());
    }

    /** Reads a result file; a missing path, a folder, a device or pipe, or a file without rows is bad input. */
    static ResultFile result(ComparisonBackend backend, Path file) {
        return read(backend, file).result();
    }

    /** Reads a result file once, keeping its bytes (for commands that store it). */
    static Read read(ComparisonBackend backend, Path file) {
        byte[] bytes = bytes(file);
        return new Read(bytes, parse(backend, file.toString(), bytes));
    }

    /** The bytes of a result file, unparsed. */
    static byte[] bytes(Path file) {
        return InputFiles.read(file, InputFiles.MAX_RESULT_BYTES, BadResultException::new);
    }

    /** A result already read; a result without rows is bad input. */
    static ResultFile parse(ComparisonBackend backend, String source, byte[] bytes) {
        ResultFile r = backend.parse(source, bytes);
        if (r.rows().isEmpty()) throw new BadResultException(source + ": no benchmark results in the file");
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
        } else if (fallback != null && Files.exists(fallback)) {
            p = PolicyLoader.load(fallback);
        } else {
            p = Policy.defaults();
        }
        p = p.withLimits(EnvironmentLimits.from(env));
        return options.apply(p);
    }

    /** Where a comparison's settings came from: the policy file (or the defaults), the history, the {@code PERF_*} limits. */
    static Report.Sources sources(Path explicit, Path fallback, StatisticsOptions options, Map<String, String> env) {
        return new Report.Sources(policySource(explicit, fallback), options.history(), EnvironmentLimits.from(env).size(),
                options.look());
    }

    /**
     * The notes every comparison report carries about what the statistics could not model: a
     * baseline from another run compared without a history of earlier runs.
     */
    static List<String> modelNotes(ComparisonResult cmp) {
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
    private static String policySource(Path explicit, Path fallback) {
        if (explicit != null) return explicit.toString();
        if (fallback != null && Files.exists(fallback)) return fallback.toString();
        return "(defaults)";
    }
}
