package io.mcpbench.bench.cli;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.openjdk.jmh.profile.Profiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.runner.options.ProfilerConfig;

/**
 * {@code -lprof} as JMH prints it, but true of this launcher: JMH tries each profiler with no
 * options, so it lists {@code async} as unsupported although {@code -prof async} works here (the
 * launcher adds the bundled library), and never lists {@code resources}. This tries each profiler
 * with the options {@link ProfilerArguments} would give it, and adds the launcher's own short names.
 */
public final class ProfilerList {

    /** One profiler: its name, whether it can run here, and its description or why it cannot. */
    record Entry(String name, boolean supported, String text, String added) {
    }

    private final ProfilerArguments arguments;

    public ProfilerList(ProfilerArguments arguments) {
        this.arguments = arguments;
    }

    /** Prints the list in JMH's layout; falls back to JMH's own list if its names cannot be read. */
    public void print(PrintStream out) {
        List<Entry> entries = entries();
        if (entries.isEmpty()) {
            ProfilerFactory.listProfilers(out);
            return;
        }
        int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0) + 2;
        StringBuilder supported = new StringBuilder();
        StringBuilder unsupported = new StringBuilder();
        for (Entry e : entries) {
            if (e.supported()) {
                supported.append(String.format("%" + width + "s: %s%s%n", e.name(), e.text(),
                        e.added().isEmpty() ? "" : " [the launcher adds " + e.added() + "]"));
            } else {
                unsupported.append(String.format("%" + width + "s: <none>%n%s%n%n", e.name(), e.text()));
            }
        }
        if (supported.length() > 0) {
            out.println("Supported profilers:\n" + supported);
        }
        if (unsupported.length() > 0) {
            out.println("Unsupported profilers:\n" + unsupported);
        }
    }

    /** JMH's profilers, the launcher's short names, then any found on the class path; empty if JMH's names cannot be read. */
    List<Entry> entries() {
        List<String> names = jmhNames();
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>(names);
        all.addAll(ProfilerArguments.aliases());
        for (Profiler p : ServiceLoader.load(Profiler.class)) {
            all.add(p.getClass().getCanonicalName());
        }
        List<Entry> out = new ArrayList<>(all.size());
        for (String name : all) {
            out.add(entry(name));
        }
        return out;
    }

    private Entry entry(String name) {
        String spec = arguments.rewriteSpec(name);
        int colon = spec.indexOf(':');
        String klass = colon < 0 ? spec : spec.substring(0, colon);
        String opts = colon < 0 ? "" : spec.substring(colon + 1);
        String added = String.join(", ", List.of(opts.isEmpty() ? new String[0] : opts.split(";")));
        try {
            Profiler p = ProfilerFactory.getProfilerOrException(new ProfilerConfig(klass, opts));
            return new Entry(name, true, p.getDescription(), added);
        } catch (ProfilerException | RuntimeException | LinkageError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Entry(name, false, why, added);
        }
    }

    /** The short names of the profilers JMH ships (its private table), or none if this JMH keeps them elsewhere. */
    @SuppressWarnings("unchecked")
    static List<String> jmhNames() {
        try {
            Field table = ProfilerFactory.class.getDeclaredField("BUILT_IN");
            table.setAccessible(true);
            return List.copyOf(((Map<String, ?>) table.get(null)).keySet());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of();
        }
    }
}
