package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.jmh.ScoredRow;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.report.ConsoleSummary;
import io.mcpbench.compare.report.MarkdownSummary;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code comparator summary RESULT.json}: one result on its own, in the comparisons' compact
 * table style, for a run that has nothing to be compared with yet.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Print one JMH result as a compact table: benchmark, mode, params, score ± error, unit, "
            + "and allocation per op (gc.alloc.rate.norm, from -prof gc).",
            "%nScores are put in a unit that reads well (ns, µs, ms, s; ops/s with k, M, G; B, KB, MB); the error is the "
                + "half-width of the 99.9% interval over every iteration of every fork, as JMH computes it. "
                + "Works on any JMH JSON result. Exits 0 unless the file is bad."})
final class SummaryCommand implements Callable<Integer> {

    /** Output formats of {@code summary}. */
    enum Format {
        CONSOLE, MARKDOWN;

        ReportWriter writer(boolean allMetrics) {
            return this == MARKDOWN ? new MarkdownSummary(allMetrics) : new ConsoleSummary(allMetrics);
        }
    }

    @ParentCommand
    ComparatorCli cli;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "JMH JSON result (- for standard input).")
    Path result;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console",
            description = "console or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--all-metrics", description = "Also list every secondary metric (gc.*, percentiles, counters) as a row.")
    boolean allMetrics;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        ResultFile file = Inputs.resultOrStdin(cli, result);
        List<ScoredRow> rows = new ArrayList<>(file.rows().size());
        for (Row r : file.rows()) rows.add(ScoredRow.of(r));
        String text = format.writer(allMetrics).render(Report.result(Inputs.name(result), rows));
        if (out == null) {
            PrintWriter w = cli.spec.commandLine().getOut();
            w.print(text);
            w.flush();
        } else {
            try {
                AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(out + ": cannot write the table: " + e.getMessage(), e);
            }
        }
        return ExitCodes.PASS;
    }
}
