package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.history.History;
import io.mcpbench.compare.history.HistoryAnalyzer;
import io.mcpbench.compare.history.HistoryReport;
import io.mcpbench.compare.history.HistorySettings;
import io.mcpbench.compare.history.HistoryStore;
import io.mcpbench.compare.html.HtmlReportWriter;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code comparator report --html OUT.html BASE CAND}: the comparison as one self-contained HTML
 * page (table, fork-mean plots, forest plot, and with {@code --history-dir} each benchmark's trend
 * with its change points); exits 0 whatever the verdicts.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Compare a candidate JMH result with a baseline and write the comparison as an HTML page.",
            "%nThe page is one file that opens offline: a sortable, filterable verdict table, the fork means of each row, "
                + "a forest plot of the ratio intervals and, with --history-dir, each benchmark's trend across the stored runs "
                + "with its change points (default history settings). Exits 0 unless an input is bad; use 'gate' to fail on regressions."})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    ComparatorCli cli;

    @Parameters(index = "0", paramLabel = "BASE.json", description = "Baseline JMH JSON result.")
    Path base;

    @Parameters(index = "1", paramLabel = "CAND.json", description = "Candidate JMH JSON result.")
    Path candidate;

    @Option(names = "--html", paramLabel = "FILE", required = true, description = "Write the HTML page to FILE.")
    Path html;

    @Option(names = "--title", paramLabel = "TEXT", description = "Page title. Default: the two file names.")
    String title;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file for per-benchmark settings.")
    Path policyFile;

    @Option(names = "--history-dir", paramLabel = "DIR",
            description = "History folder (see 'history add'): adds each primary row's trend and change points.")
    Path historyDir;

    @Mixin
    StatisticsOptions statistics;

    @Override
    public Integer call() {
        Policy policy = Inputs.policy(policyFile, null, cli.env, statistics);
        Settings settings = policy.settings();
        RunLevel runLevel = statistics.runLevel();
        ResultFile b = Inputs.result(cli.backend, base);
        ResultFile c = Inputs.result(cli.backend, candidate);
        ComparisonResult result = cli.backend.compare(b, c, settings, runLevel);
        // the policy's limits and plan are checked as compare checks them: the page shows them, exit 0 either way
        GateResult gate = CandidateGate.evaluate(result.rows(), policy, settings, c);
        Report report = Report.comparison(base.toString(), candidate.toString(), settings, null, result, gate, List.of(), false)
                .withTitle(title);
        if (historyDir != null) {
            report = report.withHistory(history(historyDir));
        }
        StringBuilder page = new StringBuilder(1 << 18);
        try {
            new HtmlReportWriter().write(report, page);
            AtomicFiles.write(html, page.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(html + ": cannot write the report: " + e.getMessage(), e);
        }
        PrintWriter out = cli.spec.commandLine().getOut();
        out.println("wrote " + html + ": " + result.rows().size() + " rows, " + result.count(Verdict.REGRESSED) + " regressed, "
                + result.count(Verdict.IMPROVED) + " improved");
        out.flush();
        return ExitCodes.PASS;
    }

    /** The analysis of the primary rows of the runs in {@code dir}; a history without readable runs is bad input. */
    private static HistoryReport history(Path dir) {
        History history = HistoryStore.load(dir);
        if (history.runs().isEmpty()) {
            throw new BadInputException(dir + ": no readable runs in the history"
                    + (history.skipped().isEmpty() ? "" : " (" + history.skipped().size() + " skipped: "
                    + history.skipped().get(0) + ")"));
        }
        return new HistoryAnalyzer(HistorySettings.defaults()).analyse(history.primaryOnly());
    }
}
