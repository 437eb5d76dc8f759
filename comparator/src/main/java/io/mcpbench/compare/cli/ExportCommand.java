package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.export.OpenMetricsWriter;
import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.jmh.ScoredRow;
import io.mcpbench.compare.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code comparator export --openmetrics RESULT}: a result as metrics a monitoring system can scrape. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a JMH result for a monitoring system.",
            "%n--openmetrics writes OpenMetrics text: gauges jmh_score and jmh_score_error with labels benchmark, mode, "
                + "param_<name>, threads, metric (primary or the secondary metric's name) and unit, ending with # EOF. "
                + "With --out the file is replaced atomically, as node_exporter's textfile collector needs "
                + "(name it *.prom); to a Pushgateway: curl --data-binary @FILE URL/metrics/job/NAME."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    ComparatorCli cli;

    @Option(names = "--openmetrics", required = true, description = "Write OpenMetrics text (the only format).")
    boolean openMetrics;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "JMH JSON result.")
    Path result;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Option(names = "--label", paramLabel = "NAME=VALUE",
            description = "Add a label to every sample (e.g. runner=bench-1); repeatable.")
    Map<String, String> labels = new LinkedHashMap<>();

    @Override
    public Integer call() {
        Inputs.result(cli.backend, result);
        Report report = Report.result(result.toString(), ScoredRow.written(JmhJson.load(result)));
        String text = new OpenMetricsWriter(labels).render(report);
        if (out == null) {
            PrintWriter w = cli.spec.commandLine().getOut();
            w.print(text);
            w.flush();
        } else {
            try {
                AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(out + ": cannot write: " + e.getMessage(), e);
            }
        }
        return ExitCodes.PASS;
    }
}
