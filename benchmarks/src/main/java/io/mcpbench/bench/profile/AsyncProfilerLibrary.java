package io.mcpbench.bench.profile;

import java.nio.file.Path;
import one.profiler.AsyncProfiler;
import one.profiler.AsyncProfilerLoader;

/**
 * Where the async-profiler native library is and whether perf events work here. The library
 * comes bundled in {@code benchmarks.jar} through ap-loader and is extracted on first use; perf
 * events are tried for real (a container's seccomp filter blocks them whatever
 * {@code perf_event_paranoid} says), so a flame graph works without setup on any Linux or macOS.
 *
 * @param path                the native library, or null where ap-loader has none for this platform
 * @param perfEventsAvailable whether {@code event=cpu} can start here
 */
public record AsyncProfilerLibrary(Path path, boolean perfEventsAvailable) {

    /** Extracts the bundled library and probes perf events; never throws. */
    public static AsyncProfilerLibrary bundled() {
        if (!AsyncProfilerLoader.isSupported()) {
            return new AsyncProfilerLibrary(null, false);
        }
        try {
            Path lib = AsyncProfilerLoader.getAsyncProfilerPath();
            return new AsyncProfilerLibrary(lib, probeCpuEvents(lib));
        } catch (Exception | LinkageError e) {
            return new AsyncProfilerLibrary(null, false);
        }
    }

    private static boolean probeCpuEvents(Path lib) {
        try {
            AsyncProfiler profiler = AsyncProfiler.getInstance(lib.toString());
            profiler.execute("start,event=cpu,interval=10ms");
            profiler.execute("stop");
            return true;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
