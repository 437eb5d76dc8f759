package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.settings.Settings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code comparator compare BASE CAND}: every row with its verdict; exits 0 whatever the verdicts. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare a candidate JMH result with a baseline and print every row with its verdict.",
            "%nVerdicts: REGRESSED, IMPROVED, EQUIVALENT, INCONCLUSIVE, CHANGED, MISSING, NEW. Exits 0 unless an input is bad; use 'gate' to fail on regressions."})
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    ComparatorCli cli;

    @Parameters(index = "0", paramLabel = "BASE.json", description = "Baseline JMH JSON result (- for standard input).")
    Path base;

    @Parameters(index = "1", paramLabel = "CAND.json", description = "Candidate JMH JSON result (- for standard input).")
    Path candidate;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file for per-benchmark settings, allowances and limits.")
    Path policyFile;

    @Mixin
    StatisticsOptions statistics;

    @Mixin
    ReportOptions reports;

    @Override
    public Integer call() {
        Policy policy = Inputs.policy(policyFile, null, cli.env, statistics);
        Settings settings = policy.settings();
        RunLevel runLevel = statistics.runLevel();
        ResultFile b = Inputs.resultOrStdin(cli, base);
        ResultFile c = Inputs.resultOrStdin(cli, candidate);
        ComparisonResult cmp = cli.backend.compare(b, c, settings, runLevel);
        GateResult gate = CandidateGate.evaluate(cmp.rows(), policy, settings, c);
        reports.emit(Report.comparison(Inputs.name(base), Inputs.name(candidate), settings,
                Inputs.sources(policyFile, null, statistics, cli.env), cmp, gate, Inputs.modelNotes(cmp), false));
        return ExitCodes.PASS;
    }
}
