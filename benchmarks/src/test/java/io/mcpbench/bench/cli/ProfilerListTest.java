package io.mcpbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mcpbench.bench.profile.AsyncProfilerLibrary;
import io.mcpbench.bench.profile.ResourceProfiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import one.profiler.AsyncProfilerLoader;
import org.junit.jupiter.api.Test;

/** {@code benchmarks.jar -lprof} lists what the launcher makes work: {@code async} and {@code resources}. */
class ProfilerListTest {

    @Test
    void onlyLprofWithoutAnEarlierListingOptionListsProfilers() {
        assertTrue(BenchmarksMain.listsProfilers(List.of("-lprof")));
        assertTrue(BenchmarksMain.listsProfilers(List.of("--lprof", "-f", "1")));
        assertFalse(BenchmarksMain.listsProfilers(List.of("-prof", "gc", "Foo")));
        assertFalse(BenchmarksMain.listsProfilers(List.of("-lprof", "-h")));
        assertFalse(BenchmarksMain.listsProfilers(List.of("-l", "-lprof")));
    }

    @Test
    void jmhProfilerNamesAreRead() {
        List<String> names = ProfilerList.jmhNames();
        assertTrue(names.containsAll(List.of("async", "gc", "stack", "jfr")), names.toString());
    }

    @Test
    void resourcesIsListedByItsShortNameAsSupported() {
        ProfilerList list = new ProfilerList(new ProfilerArguments(new AsyncProfilerLibrary(null, false)));
        ProfilerList.Entry resources = list.entries().stream().filter(e -> e.name().equals("resources")).findFirst().orElseThrow();
        assertTrue(resources.supported(), resources.text());
        assertEquals(new ResourceProfiler().getDescription(), resources.text());
        assertTrue(list.entries().stream().anyMatch(e -> e.name().equals("gc") && e.supported()));
    }

    /** The real command, in a fresh JVM (a native library loads once per JVM): async is supported. */
    @Test
    void lprofListsAsyncAndResourcesAsSupported() throws Exception {
        assumeTrue(AsyncProfilerLoader.isSupported(), "ap-loader has no async-profiler for this platform");
        String out = run(BenchmarksMain.class.getName(), "-lprof");
        int unsupported = out.indexOf("Unsupported profilers:");
        String supported = unsupported < 0 ? out : out.substring(0, unsupported);
        assertTrue(supported.startsWith("Supported profilers:"), out);
        assertTrue(supported.matches("(?s).*\\n\\s+async: .*\\[the launcher adds libPath=.*"), out);
        assertTrue(supported.matches("(?s).*\\n\\s+resources: CPU time per op.*"), out);
    }

    private static String run(String mainClass, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the listing did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
