package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.baseline.BaselineStore;
import io.mcpbench.compare.baseline.EnvironmentFingerprint;
import io.mcpbench.compare.baseline.FingerprintCapture;
import io.mcpbench.compare.baseline.FingerprintJson;
import io.mcpbench.compare.baseline.GitCommit;
import io.mcpbench.compare.baseline.Host;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.settings.Settings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code comparator gate}: compares a candidate with a baseline under a policy and exits 0 (pass),
 * 1 (regression), 3 (bad input, or environments that differ where it matters).
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Compare a candidate with a baseline under a policy and decide: exit 0 pass, 1 regression, 3 cannot gate.",
            "%nFails on a gated REGRESSED row not allowed, a MISSING benchmark not allowed, a violated limit, or a gated "
                + "INCONCLUSIVE row when the rules say fail (exit 1); fails closed (exit 3) on a gated row with fewer than "
                + "2 settled forks a side, a value that is not a finite number, or a limit that cannot be checked. "
                + "Refuses (exit 3) when the environment fingerprints differ in hardware, JDK, JVM arguments, collector, "
                + "JMH version or fork/iteration settings, unless --allow-env-mismatch. "
                + "Limits also come from PERF_* environment variables (see comparator/README.md)."})
final class GateCommand implements Callable<Integer> {

    @ParentCommand
    ComparatorCli cli;

    static final class BaselineChoice {
        @Option(names = "--baseline", paramLabel = "DIR|FILE", required = true,
                description = "A baseline profile folder (result.json, fingerprint.json) or a JMH result file.")
        Path path;

        @Option(names = "--profile", paramLabel = "NAME", required = true,
                description = "A saved baseline profile in --baselines-dir.")
        String profile;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    BaselineChoice baseline;

    @Option(names = "--candidate", paramLabel = "FILE", required = true, description = "Candidate JMH JSON result (- for standard input).")
    Path candidate;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file. Default: <baselines-dir>/policy.json if it exists, else the built-in defaults.")
    Path policyFile;

    @Option(names = "--baselines-dir", paramLabel = "DIR", defaultValue = "baselines",
            description = "Folder of baseline profiles (default: ${DEFAULT-VALUE}).")
    Path baselinesDir;

    @Option(names = "--allow-env-mismatch",
            description = "Compare even when the environments differ; the differences are listed in the report.")
    boolean allowEnvMismatch;

    @Option(names = "--candidate-fingerprint", paramLabel = "FILE",
            description = "The candidate's environment fingerprint (from 'comparator fingerprint'). Default: this machine and the candidate's JMH settings.")
    Path candidateFingerprint;

    @Option(names = "--undecided-out", paramLabel = "FILE",
            description = "Write the benchmarks with a gated row not yet decided (INCONCLUSIVE, or too few forks), one "
                    + "JMH include pattern a line, for a sequential run's next rounds (empty when every gated row is decided).")
    Path undecidedOut;

    @Option(names = "--git-commit", paramLabel = "SHA", description = "The candidate's commit. Default: git rev-parse HEAD.")
    String gitCommit;

    @Mixin
    StatisticsOptions statistics;

    @Mixin
    ReportOptions reports;

    @Override
    public Integer call() {
        Path defaultPolicy = baselinesDir.resolve("policy.json");
        Policy policy = Inputs.policy(policyFile, defaultPolicy, cli.env, statistics);
        RunLevel runLevel = statistics.runLevel();

        BaselineStore.Stored stored = resolveBaseline();
        ResultFile base = Inputs.parse(cli.backend, stored.result().toString(), stored.resultBytes());
        ResultFile cand = Inputs.resultOrStdin(cli, candidate);

        EnvironmentFingerprint baseFp = stored.fingerprint() != null ? stored.fingerprint()
                : FingerprintCapture.of(base.runInfo(), unknownHost(), null);
        EnvironmentFingerprint candFp = candidateFingerprint != null ? FingerprintJson.read(candidateFingerprint)
                : FingerprintCapture.of(cand.runInfo(), stored.fingerprint() != null ? cli.host.get() : unknownHost(),
                        gitCommit != null ? gitCommit : GitCommit.head(Path.of("")));
        List<EnvironmentFingerprint.Difference> diffs = baseFp.diff(candFp, true);
        List<String> notes = new ArrayList<>();
        if (!diffs.isEmpty()) {
            if (!allowEnvMismatch) {
                PrintWriter err = cli.spec.commandLine().getErr();
                for (EnvironmentFingerprint.Difference d : diffs) {
                    err.println("comparator: environment differs from the baseline: " + d.describe());
                }
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            for (EnvironmentFingerprint.Difference d : diffs) notes.add("differs (allowed): " + d.describe());
        }

        Settings settings = statistics.settingsFor(policy, stored.profile());
        ComparisonResult cmp = cli.backend.compare(base, cand, settings, runLevel);
        GateResult gate = CandidateGate.evaluate(cmp.rows(), policy, settings, cand);
        notes.addAll(Inputs.modelNotes(cmp));
        String baseName = stored.profile() != null ? "profile " + stored.profile() + " (" + stored.result() + ")" : stored.result().toString();
        reports.emit(Report.comparison(baseName, Inputs.name(candidate), settings,
                Inputs.sources(policyFile, defaultPolicy, statistics, cli.env), cmp, gate, notes, true));
        GateVerdictLines.print(cli.spec.commandLine().getErr(), gate, settings);
        if (undecidedOut != null) {
            UndecidedRows.write(undecidedOut, gate);
        }
        return gate.exitCode();
    }

    private BaselineStore.Stored resolveBaseline() {
        if (baseline.profile != null) return new BaselineStore(baselinesDir).load(baseline.profile);
        Path p = baseline.path;
        if (Files.isDirectory(p)) {
            Path name = p.toAbsolutePath().normalize().getFileName();
            return BaselineStore.loadDir(name == null ? p.toString() : name.toString(), p);
        }
        return new BaselineStore.Stored(null, p, Inputs.bytes(p), null);
    }

    /** Hardware unknown: a plain result file says nothing about the machine, so only JVM and JMH facts compare. */
    private static Host unknownHost() {
        return new Host(null, null, null, null, null, null, null, null);
    }
}
