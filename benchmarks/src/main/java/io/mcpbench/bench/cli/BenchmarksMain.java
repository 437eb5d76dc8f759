package io.mcpbench.bench.cli;

import io.mcpbench.bench.profile.AsyncProfilerLibrary;
import java.util.List;

/**
 * The entry point of {@code benchmarks.jar}: JMH's own command line, unchanged, after a rewrite
 * of {@code -prof} arguments that only adds what JMH would otherwise ask the user for (see
 * {@link ProfilerArguments}). Every JMH option works as JMH documents it.
 */
public final class BenchmarksMain {

    private BenchmarksMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rewritten = new ProfilerArguments(AsyncProfilerLibrary::bundled).rewrite(List.of(args));
        org.openjdk.jmh.Main.main(rewritten.toArray(String[]::new));
    }
}
