package io.mcpbench.compare.cli;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.steady.ForkSummary;
import io.mcpbench.compare.steady.SideSummary;
import io.mcpbench.compare.steady.Steadiness;
import io.mcpbench.compare.steady.SteadyState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code comparator steady RESULT.json}: how the comparison's steady-state stage sees each row's
 * forks, so a run's warm-up and measurement settings can be chosen (or checked) by what they give.
 */
@Command(name = "steady", mixinStandardHelpOptions = true,
        description = {"Show, per row, what the steady-state stage keeps of each fork: iterations measured, "
            + "warm-up iterations dropped (MSER), and forks that never settled (their kept iterations still trend).",
            "%nThe last lines add it up: iterations kept of iterations measured, forks settled, and, with --seconds, "
                + "settled iterations per second of the run. Exits 0 unless the file is bad."})
final class SteadyCommand implements Callable<Integer> {

    @ParentCommand
    ComparatorCli cli;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "JMH JSON result (- for standard input).")
    Path result;

    @Option(names = "--all-metrics", description = "Also show secondary metrics (by default the primary score only).")
    boolean allMetrics;

    @Option(names = "--seconds", paramLabel = "S", description = "The run's wall time, to report settled iterations per second.")
    Double seconds;

    @Override
    public Integer call() {
        ResultFile file = Inputs.resultOrStdin(cli, result);
        PrintWriter w = cli.spec.commandLine().getOut();
        w.println("row\tforks\tsettled\tunsteady\tunchecked\titerations\tdropped\tkept");
        int forks = 0;
        int settled = 0;
        int measured = 0;
        int kept = 0;
        int keptSettled = 0;
        for (Row row : file.rows()) {
            if (!allMetrics && !row.key().isPrimary()) continue;
            SideSummary s = SteadyState.summarise(row);
            int unsteady = 0;
            int unchecked = 0;
            int rowKept = 0;
            for (ForkSummary f : s.forks()) {
                if (f.steadiness() == Steadiness.UNSTEADY) unsteady++;
                if (f.steadiness() == Steadiness.UNCHECKED) unchecked++;
                rowKept += f.kept();
                if (f.steadiness() != Steadiness.UNSTEADY) keptSettled += f.kept();
            }
            forks += s.forks().size();
            settled += s.forks().size() - unsteady;
            measured += s.iterations();
            kept += rowKept;
            w.println(row.key().displayName() + " (" + row.key().mode() + ")\t" + s.forks().size() + "\t"
                    + (s.forks().size() - unsteady - unchecked) + "\t" + unsteady + "\t" + unchecked + "\t"
                    + s.iterations() + "\t" + s.dropped() + "\t" + rowKept);
        }
        w.println(String.format(Locale.ROOT, "kept %d of %d iterations (%.0f%%); %d of %d forks settled (%.0f%%)", kept,
                measured, measured == 0 ? 0.0 : 100.0 * kept / measured, settled, forks,
                forks == 0 ? 0.0 : 100.0 * settled / forks));
        if (seconds != null && seconds > 0) {
            w.println(String.format(Locale.ROOT, "settled iterations per second of the run: %.2f", keptSettled / seconds));
        }
        w.flush();
        return ExitCodes.PASS;
    }
}
