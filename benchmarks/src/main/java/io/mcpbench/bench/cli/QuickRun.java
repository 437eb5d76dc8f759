package io.mcpbench.bench.cli;

import io.mcpbench.bench.profile.AsyncProfilerLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The quick profile's runner: JMH's own command line and options, run one benchmark class at a
 * time with that class's {@link io.mcpbench.bench.support.QuickSizes} pinned, and the results of
 * all classes written as one result file in the requested format. JMH's {@code -p} applies to
 * every benchmark with a parameter of that name; a quick size applies to its own benchmark only.
 * {@code -l} or {@code -lp} prints the plan (classes, quick sizes, rows) instead of running it.
 * {@link SmokeRun} is the same runner at smoke sizes.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.mcpbench.bench.cli.QuickRun [JMH options] [REGEX...]}.
 * Exit 0 when every run succeeded, 1 when a run failed, 2 on bad options.
 */
public final class QuickRun {

    private QuickRun() {
    }

    public static void main(String[] args) {
        launch("QuickRun", args, QuickPlan::of);
    }

    /**
     * Runs the plan {@code planner} makes of the benchmarks {@code args} select, or prints it;
     * {@code name} starts every message.
     */
    static void launch(String name, String[] args, Function<SortedSet<BenchmarkListEntry>, List<QuickPlan.Group>> planner) {
        CommandLineOptions user;
        try {
            user = new CommandLineOptions(new ProfilerArguments(AsyncProfilerLibrary::bundled).rewrite(List.of(args))
                    .toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        OutputFormat out = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.NORMAL);
        SortedSet<BenchmarkListEntry> selected = BenchmarkList.defaultList().find(out, user.getIncludes(), user.getExcludes());
        if (selected.isEmpty()) {
            System.err.println(name + ": no benchmark matches " + user.getIncludes());
            System.exit(2);
            return;
        }
        List<QuickPlan.Group> plan = planner.apply(selected);
        if (user.shouldList() || user.shouldListWithParams()) {
            print(plan, user);
            return;
        }
        try {
            List<RunResult> results = new ArrayList<>();
            for (QuickPlan.Group group : plan) {
                results.addAll(run(group, selected, user));
            }
            write(name, results, user);
        } catch (RunnerException e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** One class's benchmarks, its sizes pinned unless the user gave the parameter. */
    private static List<RunResult> run(QuickPlan.Group group, SortedSet<BenchmarkListEntry> selected,
                                       CommandLineOptions user) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(user);
        // Includes add to the user's, so the other selected benchmarks are excluded by name.
        for (BenchmarkListEntry b : selected) {
            String exact = "^" + Pattern.quote(b.getUsername()) + "$";
            if (group.benchmarks().contains(b)) {
                options.include(exact);
            } else {
                options.exclude(exact);
            }
        }
        group.pinned(user).forEach(options::param);
        Path partial = null;
        try {
            if (user.getResult().hasValue() || user.getResultFormat().hasValue()) {
                partial = Files.createTempFile("quick-run-", ".part");
                options.result(partial.toString());
            }
            return new ArrayList<>(new Runner(options.build()).run());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** All classes' results in one file, where and as the user asked (JMH's defaults otherwise). */
    private static void write(String name, List<RunResult> results, CommandLineOptions user) {
        if (!user.getResult().hasValue() && !user.getResultFormat().hasValue()) {
            return;
        }
        ResultFormatType format = user.getResultFormat().orElse(ResultFormatType.CSV);
        String file = user.getResult().orElse("jmh-result." + format.toString().toLowerCase(java.util.Locale.ROOT));
        ResultFormatFactory.getInstance(format, file).writeOut(results);
        System.out.println(name + ": " + results.size() + " results of " + results.stream()
                .map(r -> r.getParams().getBenchmark()).distinct().count() + " benchmarks in " + file);
    }

    private static void print(List<QuickPlan.Group> plan, CommandLineOptions user) {
        long rows = 0;
        for (QuickPlan.Group group : plan) {
            long groupRows = group.rows(user);
            rows += groupRows;
            StringBuilder sizes = new StringBuilder();
            group.pinned(user).forEach((name, values) -> sizes.append(' ').append(name).append('=').append(String.join(",", values)));
            System.out.println(group.benchmarkClass() + ": " + group.benchmarks().size() + " methods, " + groupRows + " rows"
                    + (sizes.length() == 0 ? "" : ";" + sizes));
        }
        System.out.println(plan.size() + " classes, " + plan.stream().mapToInt(g -> g.benchmarks().size()).sum()
                + " methods, " + rows + " rows");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file: the system cleans it up
            }
        }
    }
}
