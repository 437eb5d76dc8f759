package io.mcpbench.bench.cli;

import io.mcpbench.bench.profile.AsyncProfilerLibrary;
import io.mcpbench.bench.profile.ResourceProfiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rewrites JMH {@code -prof} arguments so that profiling needs no setup, adding options only
 * where the user gave none:
 * <ul>
 *   <li>{@code -prof async}: {@code libPath} of the async-profiler bundled through ap-loader,
 *       {@code output=flamegraph}, and {@code event=itimer} where perf events are unavailable
 *       (as in most containers);</li>
 *   <li>short names of this project's profilers ({@code resources}) become their class names,
 *       which is how JMH loads profilers it does not ship.</li>
 * </ul>
 * Anything the user wrote is kept as written; arguments other than {@code -prof} pass through.
 */
public final class ProfilerArguments {

    private static final String ASYNC = "async";
    private static final String ASYNC_CLASS = "org.openjdk.jmh.profile.AsyncProfiler";
    private static final Map<String, String> ALIASES = Map.of("resources", ResourceProfiler.class.getName());

    private final Supplier<AsyncProfilerLibrary> librarySource;
    private AsyncProfilerLibrary library;

    /** Rewrites with the given library facts. */
    public ProfilerArguments(AsyncProfilerLibrary library) {
        this(() -> library);
    }

    /** Rewrites with library facts looked up only if an async-profiler spec needs them. */
    public ProfilerArguments(Supplier<AsyncProfilerLibrary> librarySource) {
        this.librarySource = librarySource;
    }

    /** The short names this launcher accepts for profilers JMH does not ship, in order. */
    static List<String> aliases() {
        return ALIASES.keySet().stream().sorted().toList();
    }

    private AsyncProfilerLibrary library() {
        if (library == null) {
            library = librarySource.get();
        }
        return library;
    }

    /** The arguments with every {@code -prof} value rewritten. */
    public List<String> rewrite(List<String> args) {
        List<String> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-prof") && i + 1 < args.size()) {
                out.add(a);
                out.add(rewriteSpec(args.get(++i)));
            } else if (a.startsWith("-prof=")) {
                out.add("-prof=" + rewriteSpec(a.substring("-prof=".length())));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** Rewrites one profiler spec, {@code name[:opt=v;opt=v]}. */
    String rewriteSpec(String spec) {
        int colon = spec.indexOf(':');
        String name = colon < 0 ? spec : spec.substring(0, colon);
        String opts = colon < 0 ? "" : spec.substring(colon + 1);
        name = ALIASES.getOrDefault(name, name);
        if (!(name.equals(ASYNC) || name.equals(ASYNC_CLASS)) || opts.equals("help")) {
            return opts.isEmpty() ? name : name + ":" + opts;
        }
        List<String> options = new ArrayList<>();
        if (!opts.isEmpty()) {
            options.addAll(List.of(opts.split(";")));
        }
        if (!hasOption(options, "libPath") && library().path() != null) {
            options.add("libPath=" + library().path());
        }
        if (!hasOption(options, "output")) {
            options.add("output=flamegraph");
        }
        if (!hasOption(options, "event") && !library().perfEventsAvailable()) {
            options.add("event=itimer");
        }
        return name + ":" + String.join(";", options);
    }

    private static boolean hasOption(List<String> options, String key) {
        for (String o : options) {
            if (o.equals(key) || o.startsWith(key + "=")) {
                return true;
            }
        }
        return false;
    }
}
