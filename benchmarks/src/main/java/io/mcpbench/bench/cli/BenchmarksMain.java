package io.mcpbench.bench.cli;

import io.mcpbench.bench.profile.AsyncProfilerLibrary;
import java.util.List;

/**
 * The entry point of {@code benchmarks.jar}: JMH's own command line, unchanged, after a rewrite
 * of {@code -prof} arguments that only adds what JMH would otherwise ask the user for (see
 * {@link ProfilerArguments}). Every JMH option works as JMH documents it; {@code -lprof} lists
 * the profilers as the rewrite makes them ({@link ProfilerList}).
 */
public final class BenchmarksMain {

    private BenchmarksMain() {
    }

    public static void main(String[] args) throws Exception {
        ProfilerArguments profilers = new ProfilerArguments(AsyncProfilerLibrary::bundled);
        List<String> given = List.of(args);
        if (listsProfilers(given)) {
            new ProfilerList(profilers).print(System.out);
            return;
        }
        org.openjdk.jmh.Main.main(profilers.rewrite(given).toArray(String[]::new));
    }

    /** Whether JMH would list profilers: {@code -lprof}, and none of the options JMH answers first. */
    static boolean listsProfilers(List<String> args) {
        boolean lprof = args.contains("-lprof") || args.contains("--lprof");
        return lprof && args.stream().noneMatch(a -> a.equals("-h") || a.equals("-l") || a.equals("-lp")
                || a.equals("--h") || a.equals("--l") || a.equals("--lp"));
    }
}
