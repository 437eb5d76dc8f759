package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.merge.MergeException;
import io.mcpbench.compare.merge.ResultMerger;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code comparator merge OUT IN...}: one JMH result file from shards or separately run forks. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge JMH result files (shards, or forks run separately) into one.",
            "%nShards (different benchmarks) are concatenated; the same benchmark, mode, params and threads in several "
                + "files become one entry with every fork's raw data, and score, error, confidence and percentiles "
                + "recomputed as JMH does. Unknown fields are kept. The output is written atomically and read back "
                + "before the command succeeds. The same file given twice, or a fork identical to one already merged "
                + "(the same run twice), is refused (exit 3) rather than counted twice.",
            "%nWith --labels, each input's forks are named (forkLabels): a comparison pairs forks of two merged files "
                + "that carry the same label, as the base and candidate runs of one A/B round."})
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    ComparatorCli cli;

    @Parameters(index = "0", paramLabel = "OUT.json", description = "Merged result to write.")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "IN.json", description = "Result files to merge, in order.")
    List<Path> inputs;

    @Option(names = "--labels", paramLabel = "LABEL,...", split = ",",
            description = "One label per input file, in order (e.g. round-1,round-2): names the forks of each input.")
    List<String> labels;

    @Override
    public Integer call() {
        if (labels != null && labels.size() != inputs.size()) {
            throw new ParameterException(cli.spec.commandLine(),
                    "--labels: " + labels.size() + " labels for " + inputs.size() + " input files");
        }
        for (String l : labels == null ? List.<String>of() : labels) {
            if (!l.matches("[A-Za-z0-9._-]+")) {
                throw new ParameterException(cli.spec.commandLine(), "--labels: bad label '" + l + "' (letters, digits, . _ -)");
            }
        }
        List<ResultMerger.Named> named = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path in = inputs.get(i);
            for (int j = 0; j < i; j++) refuseSameFile(inputs.get(j), in);
            Inputs.Read read = Inputs.read(cli.backend, in);
            named.add(new ResultMerger.Named(in.toString(), JmhJson.parse(in.toString(), read.bytes()),
                    labels == null ? null : labels.get(i)));
        }
        var merged = ResultMerger.merge(named);
        try {
            AtomicFiles.write(out, JmhJson.write(merged));
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot write: " + e.getMessage(), e);
        }
        int rows = Inputs.result(cli.backend, out).rows().size();
        PrintWriter w = cli.spec.commandLine().getOut();
        w.println("merged " + inputs.size() + " files into " + out + ": " + merged.size() + " entries, " + rows + " rows");
        w.flush();
        return ExitCodes.PASS;
    }

    /** The same file given twice would count its forks twice: refused. */
    private static void refuseSameFile(Path earlier, Path later) {
        boolean same;
        try {
            same = Files.isSameFile(earlier, later);
        } catch (IOException e) {
            same = earlier.toAbsolutePath().normalize().equals(later.toAbsolutePath().normalize());
        }
        if (same) {
            throw new MergeException(later + ": the same file as " + earlier + "; merging it twice would count its forks twice");
        }
    }
}
