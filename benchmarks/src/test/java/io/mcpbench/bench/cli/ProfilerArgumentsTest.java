package io.mcpbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpbench.bench.profile.AsyncProfilerLibrary;
import io.mcpbench.bench.profile.ResourceProfiler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilerArgumentsTest {

    private static final Path LIB = Path.of("/opt/ap/libasyncProfiler.so");
    private final ProfilerArguments withPerf = new ProfilerArguments(new AsyncProfilerLibrary(LIB, true));
    private final ProfilerArguments noPerf = new ProfilerArguments(new AsyncProfilerLibrary(LIB, false));

    @Test
    void asyncWithoutOptionsGetsTheBundledLibraryAndAFlameGraph() {
        assertEquals(List.of("-f", "1", "-prof", "async:libPath=" + LIB + ";output=flamegraph", "Foo"),
                withPerf.rewrite(List.of("-f", "1", "-prof", "async", "Foo")));
    }

    @Test
    void withoutPerfEventsTheItimerEventIsAdded() {
        assertEquals(List.of("-prof", "async:libPath=" + LIB + ";output=flamegraph;event=itimer"),
                noPerf.rewrite(List.of("-prof", "async")));
    }

    @Test
    void optionsTheUserGaveAreKept() {
        assertEquals(List.of("-prof", "async:libPath=/mine.so;output=jfr;event=alloc"),
                noPerf.rewrite(List.of("-prof", "async:libPath=/mine.so;output=jfr;event=alloc")));
        assertEquals(List.of("-prof", "async:event=wall;libPath=" + LIB + ";output=flamegraph"),
                noPerf.rewrite(List.of("-prof", "async:event=wall")));
    }

    @Test
    void theClassNameFormIsTreatedLikeTheShortName() {
        assertEquals(List.of("-prof=org.openjdk.jmh.profile.AsyncProfiler:libPath=" + LIB + ";output=flamegraph"),
                withPerf.rewrite(List.of("-prof=org.openjdk.jmh.profile.AsyncProfiler")));
    }

    @Test
    void helpAndOtherProfilersPassThrough() {
        List<String> args = List.of("-prof", "async:help", "-prof", "gc", "-prof", "jfr:dir=x", "-rf", "json");
        assertEquals(args, withPerf.rewrite(args));
    }

    @Test
    void shortNamesOfOurProfilersBecomeClassNames() {
        assertEquals(List.of("-prof", ResourceProfiler.class.getName()),
                withPerf.rewrite(List.of("-prof", "resources")));
    }

    @Test
    void withoutABundledLibraryNothingIsInvented() {
        ProfilerArguments none = new ProfilerArguments(new AsyncProfilerLibrary(null, true));
        assertEquals(List.of("-prof", "async:output=flamegraph"), none.rewrite(List.of("-prof", "async")));
    }

    @Test
    void aTrailingProfWithoutValueIsLeftForJmhToReport() {
        assertEquals(List.of("-prof"), withPerf.rewrite(List.of("-prof")));
    }
}
