package io.mcpbench.bench.profile;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import one.profiler.AsyncProfiler;
import one.profiler.AsyncProfilerLoader;

/**
 * Where the async-profiler native library is and whether perf events work here. The library
 * comes bundled in {@code benchmarks.jar} through ap-loader and is extracted on first use; perf
 * events are tried for real (a container's seccomp filter blocks them whatever
 * {@code perf_event_paranoid} says), so a flame graph works without setup on any Linux or macOS.
 *
 * <p>The trial runs in a child JVM: a native library loads once per JVM, and JMH's own profiler
 * must be the one that loads it in the JVM that launches the benchmarks, or its native methods
 * are never bound.
 *
 * @param path                the native library, or null where ap-loader has none for this platform
 * @param perfEventsAvailable whether {@code event=cpu} can start here
 */
public record AsyncProfilerLibrary(Path path, boolean perfEventsAvailable) {

    private static final long PROBE_TIMEOUT_SECONDS = 30;

    /** Extracts the bundled library and probes perf events in a child JVM; never throws. */
    public static AsyncProfilerLibrary bundled() {
        try {
            if (!AsyncProfilerLoader.isSupported()) {
                return new AsyncProfilerLibrary(null, false);
            }
            Path lib = AsyncProfilerLoader.getAsyncProfilerPath();
            return new AsyncProfilerLibrary(lib, probeInChildJvm(lib));
        } catch (Exception | LinkageError e) {
            return new AsyncProfilerLibrary(null, false);
        }
    }

    private static boolean probeInChildJvm(Path lib) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> command = List.of(java, "-cp", classPath, AsyncProfilerLibrary.class.getName(), lib.toString());
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(new File(nullDevice()))).start();
            if (!p.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }

    /** The child JVM's side of the probe: exit 0 when {@code event=cpu} starts with the given library. */
    public static void main(String[] args) {
        try {
            AsyncProfiler profiler = AsyncProfiler.getInstance(args[0]);
            profiler.execute("start,event=cpu,interval=10ms");
            profiler.execute("stop");
            System.exit(0);
        } catch (Exception | LinkageError e) {
            System.exit(1);
        }
    }
}
