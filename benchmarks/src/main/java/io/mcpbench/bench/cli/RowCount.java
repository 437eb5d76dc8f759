package io.mcpbench.bench.cli;

import io.mcpbench.bench.profile.AsyncProfilerLibrary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How many rows (benchmark method x mode x parameter set) a run with the given JMH options will
 * measure, from JMH's own benchmark list and option parser, so that a progress view can say "row
 * i of n" before the run starts: JMH itself prints only a share of the estimated time, and the
 * quick profile runs one JMH run per class. {@code --quick} counts the quick profile's plan (each
 * class at its quick sizes, as {@link QuickRun} runs it). Prints the number alone.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.mcpbench.bench.cli.RowCount [--quick] [JMH options] [REGEX...]}.
 * Exit 0, or 2 (printing nothing on standard output) on options JMH refuses.
 */
public final class RowCount {

    private RowCount() {
    }

    public static void main(String[] args) {
        List<String> given = new ArrayList<>(List.of(args));
        boolean quick = given.remove("--quick");
        CommandLineOptions user;
        try {
            user = new CommandLineOptions(new ProfilerArguments(AsyncProfilerLibrary::bundled).rewrite(given)
                    .toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            System.err.println("RowCount: " + e.getMessage());
            System.exit(2);
            return;
        }
        SortedSet<BenchmarkListEntry> selected = BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.err, VerboseMode.SILENT), user.getIncludes(), user.getExcludes());
        System.out.println(count(selected, user, quick));
    }

    /** The rows of {@code selected} under {@code user}'s options; at the quick sizes when {@code quick}. */
    static long count(SortedSet<BenchmarkListEntry> selected, Options user, boolean quick) {
        SortedSet<BenchmarkListEntry> entries = withModes(selected, user.getBenchModes());
        if (entries.isEmpty()) {
            return 0;
        }
        if (!quick) {
            return new QuickPlan.Group("", List.copyOf(entries), Map.of()).rows(user);
        }
        long rows = 0;
        for (QuickPlan.Group group : QuickPlan.of(entries)) {
            rows += group.rows(user);
        }
        return rows;
    }

    /** The entries as JMH's runner expands them: each in every mode given by {@code -bm}, and {@code All} as every mode. */
    static SortedSet<BenchmarkListEntry> withModes(SortedSet<BenchmarkListEntry> selected, Collection<Mode> modes) {
        SortedSet<BenchmarkListEntry> out = new TreeSet<>();
        for (BenchmarkListEntry b : selected) {
            for (Mode m : modes.isEmpty() ? List.of(b.getMode()) : modes) {
                if (m == Mode.All) {
                    for (Mode each : Mode.values()) {
                        if (each != Mode.All) out.add(b.cloneWith(each));
                    }
                } else {
                    out.add(b.cloneWith(m));
                }
            }
        }
        return out;
    }
}
