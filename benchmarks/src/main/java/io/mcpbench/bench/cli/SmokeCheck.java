package io.mcpbench.bench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a smoke run's JMH JSON against the benchmarks compiled into this jar: every benchmark
 * method ran (none vanished, as they do when the annotation processor is not found), and every
 * entry carries {@code gc.alloc.rate.norm} (the metric the regression gate watches). Prints one
 * line per problem and exits 1, or prints a summary and exits 0.
 */
public final class SmokeCheck {

    private SmokeCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SmokeCheck RESULT.json");
            System.exit(2);
        }
        List<String> problems = check(Path.of(args[0]), compiledBenchmarks());
        problems.forEach(p -> System.err.println("smoke: " + p));
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    /** The problems found in a result file, given the benchmark methods that should have run. */
    static List<String> check(Path result, Set<String> expected) {
        List<String> problems = new ArrayList<>();
        if (expected.isEmpty()) {
            problems.add("no benchmarks compiled into the jar (is the JMH annotation processor declared?)");
        }
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(Files.readAllBytes(result));
        } catch (IOException | RuntimeException e) {
            problems.add(result + ": unreadable: " + e.getMessage());
            return problems;
        }
        if (!root.isArray() || root.isEmpty()) {
            problems.add(result + ": not a non-empty JMH result array");
            return problems;
        }
        Set<String> ran = new TreeSet<>();
        for (JsonNode entry : root) {
            String name = entry.path("benchmark").asString("");
            ran.add(name);
            if (entry.path("secondaryMetrics").path("gc.alloc.rate.norm").isMissingNode()) {
                problems.add(name + " " + entry.path("params") + ": no gc.alloc.rate.norm (run with -prof gc)");
            }
        }
        for (String name : expected) {
            if (!ran.contains(name)) {
                problems.add(name + ": compiled but did not run");
            }
        }
        if (problems.isEmpty()) {
            System.out.println("smoke: " + root.size() + " results, " + ran.size() + " of " + expected.size()
                    + " benchmark methods ran, all with gc.alloc.rate.norm");
        }
        return problems;
    }

    private static Set<String> compiledBenchmarks() {
        Set<String> names = new TreeSet<>();
        try (InputStream in = SmokeCheck.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            if (in == null) {
                return names;
            }
            for (BenchmarkListEntry e : BenchmarkList.readBenchmarkList(in)) {
                names.add(e.getUsername());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
