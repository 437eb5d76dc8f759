package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.baseline.GitCommit;
import io.mcpbench.compare.history.History;
import io.mcpbench.compare.history.HistoryAnalyzer;
import io.mcpbench.compare.history.HistoryReport;
import io.mcpbench.compare.history.HistoryRun;
import io.mcpbench.compare.history.HistorySettings;
import io.mcpbench.compare.history.HistoryStore;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.report.ConsoleHistory;
import io.mcpbench.compare.report.JsonHistory;
import io.mcpbench.compare.report.MarkdownHistory;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code comparator history add|show}: runs kept over time, their trends and change points. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Keep every run in a history folder and find where each benchmark shifted (E-divisive means).",
        subcommands = {HistoryCommand.Add.class, HistoryCommand.Show.class})
final class HistoryCommand implements Runnable {

    @ParentCommand
    ComparatorCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand (add or show)");
    }

    /** {@code history add}: validates a result, then stores it with its time and commit. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a JMH result to the history as a new run.",
                "%nThe result is read once and validated in full; those bytes are stored as <run>.json with <run>.meta.json (time, commit), "
                    + "each written to a temporary file and renamed atomically. The run id is "
                    + "<yyyyMMdd'T'HHmmss'Z'>-<commit> unless --run-id is given."})
    static final class Add implements Callable<Integer> {

        @ParentCommand
        HistoryCommand parent;

        @Option(names = "--result", paramLabel = "FILE", required = true, description = "JMH JSON result to add.")
        Path result;

        @Option(names = "--git-commit", paramLabel = "SHA", description = "Commit of the measured code. Default: git rev-parse HEAD.")
        String gitCommit;

        @Option(names = "--time", paramLabel = "INSTANT", description = "When the run was taken (ISO-8601, e.g. 2026-11-20T10:00:00Z). Default: now.")
        String time;

        @Option(names = "--run-id", paramLabel = "ID", description = "Run id (letters, digits, '.', '_', '-'). Default: from time and commit.")
        String runId;

        @Option(names = "--history-dir", paramLabel = "DIR", defaultValue = "results/history",
                description = "History folder (default: ${DEFAULT-VALUE}).")
        Path historyDir;

        @Override
        public Integer call() {
            Instant at;
            try {
                at = time == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : Instant.parse(time);
            } catch (DateTimeParseException e) {
                throw new ParameterException(parent.spec.commandLine(),
                        "--time: expected an ISO-8601 instant such as 2026-11-20T10:00:00Z, got \"" + time + "\"");
            }
            Inputs.Read read = Inputs.read(parent.cli.backend, result);
            int rows = read.result().rows().size();
            String commit = gitCommit != null ? gitCommit : GitCommit.head(Path.of(""));
            HistoryRun run = runId == null
                    ? HistoryStore.append(historyDir, result.toString(), read.bytes(), at, commit)
                    : HistoryStore.append(historyDir, result.toString(), read.bytes(), runId, at, commit);
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println("added run " + run.id() + " to " + historyDir + " (" + rows + " rows)");
            out.flush();
            return ExitCodes.PASS;
        }
    }

    /** {@code history show}: the table or JSON of every series' trend and change points. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show each benchmark's history: latest value, trend against recent runs, change points.",
                "%nChange points come from E-divisive means (energy statistic, alpha 1) with a permutation test "
                    + "within segments; a shift needs --min-segment runs on each side. Unreadable runs are listed as "
                    + "warnings and left out."})
    static final class Show implements Callable<Integer> {

        /** Output formats of {@code history show}, each a writer of the report's history. */
        enum Format {
            CONSOLE(new ConsoleHistory()), JSON(new JsonHistory()), MARKDOWN(new MarkdownHistory());

            final ReportWriter writer;

            Format(ReportWriter writer) {
                this.writer = writer;
            }
        }

        @ParentCommand
        HistoryCommand parent;

        @Option(names = "--history-dir", paramLabel = "DIR", defaultValue = "results/history",
                description = "History folder (default: ${DEFAULT-VALUE}).")
        Path historyDir;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console",
                description = "console, json, or markdown (only the series with change points, for a CI summary page) "
                        + "(default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
        Path out;

        @Option(names = "--all-metrics", description = "Also analyse secondary metrics (gc.*, percentiles, counters).")
        boolean allMetrics;

        @Option(names = "--permutations", paramLabel = "N", defaultValue = "199",
                description = "Permutations of the significance test (default: ${DEFAULT-VALUE}).")
        int permutations;

        @Option(names = "--significance", paramLabel = "A", defaultValue = "0.01", converter = FractionConverter.class,
                description = "Largest permutation p-value accepted for a change point (default: ${DEFAULT-VALUE}).")
        double significance;

        @Option(names = "--min-segment", paramLabel = "N", defaultValue = "5",
                description = "Fewest runs on each side of a change point (default: ${DEFAULT-VALUE}).")
        int minSegment;

        @Option(names = "--window", paramLabel = "N", defaultValue = "0",
                description = "Analyse only the last N runs of each benchmark; 0 for all (default: ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--trend-runs", paramLabel = "K", defaultValue = "5",
                description = "The latest run is compared with the median of the K runs before it (default: ${DEFAULT-VALUE}).")
        int trendRuns;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Permutation seed; same seed, same report (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            HistorySettings settings;
            try {
                settings = new HistorySettings(permutations, significance, minSegment, window, trendRuns, seed);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(parent.spec.commandLine(), e.getMessage());
            }
            History history = HistoryStore.load(historyDir);
            if (history.runs().isEmpty()) {
                throw new BadInputException(historyDir + ": no readable runs in the history"
                        + (history.skipped().isEmpty() ? "" : " (" + history.skipped().size() + " skipped: "
                        + history.skipped().get(0) + ")"));
            }
            HistoryReport report = new HistoryAnalyzer(settings).analyse(allMetrics ? history : history.primaryOnly());
            String text = format.writer.render(Report.history(report));
            PrintWriter err = parent.spec.commandLine().getErr();
            if (format != Format.CONSOLE || out != null) {
                for (String p : report.problems()) {
                    err.println("comparator: warning: " + p);
                }
                err.flush();
            }
            if (out == null) {
                PrintWriter w = parent.spec.commandLine().getOut();
                w.print(text);
                w.flush();
            } else {
                try {
                    AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(out + ": cannot write the report: " + e.getMessage(), e);
                }
            }
            return ExitCodes.PASS;
        }
    }
}
