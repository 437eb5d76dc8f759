package io.mcpbench.bench.cli;

import io.mcpbench.bench.support.QuickSizes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.options.Options;

/**
 * What the quick profile runs: the selected benchmarks grouped by class, each group with the
 * parameter values its class's {@link QuickSizes} narrows to. A {@code -p} the user gave wins over
 * a quick size of the same name. Refuses a quick size that names no parameter of the class, or a
 * value the parameter does not list, so a quick row is always one of the benchmark's own rows.
 */
final class QuickPlan {

    /** One benchmark class: its selected methods and the values to pin, by parameter name. */
    record Group(String benchmarkClass, List<BenchmarkListEntry> benchmarks, Map<String, String[]> sizes) {

        /** The number of rows (method x parameter combination) the group runs. */
        long rows(Options user) {
            long rows = 0;
            for (BenchmarkListEntry b : benchmarks) {
                long combinations = 1;
                for (Map.Entry<String, String[]> p : b.getParams().orElse(Map.of()).entrySet()) {
                    Collection<String> given = user.getParameter(p.getKey()).orElse(null);
                    String[] quick = sizes.get(p.getKey());
                    combinations *= given != null ? given.size() : quick != null ? quick.length : p.getValue().length;
                }
                rows += combinations;
            }
            return rows;
        }
    }

    private QuickPlan() {
    }

    /** The groups of {@code selected}, in class order. */
    static List<Group> of(SortedSet<BenchmarkListEntry> selected) {
        Map<String, List<BenchmarkListEntry>> byClass = new TreeMap<>();
        for (BenchmarkListEntry b : selected) {
            byClass.computeIfAbsent(b.getUserClassQName(), k -> new ArrayList<>()).add(b);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<BenchmarkListEntry>> c : byClass.entrySet()) {
            groups.add(new Group(c.getKey(), c.getValue(), sizes(c.getKey(), c.getValue())));
        }
        return groups;
    }

    /** The quick sizes of {@code benchmarkClass}, checked against the parameters its benchmarks declare. */
    static Map<String, String[]> sizes(String benchmarkClass, List<BenchmarkListEntry> benchmarks) {
        QuickSizes quick;
        try {
            quick = Class.forName(benchmarkClass, false, QuickPlan.class.getClassLoader()).getAnnotation(QuickSizes.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("benchmark class " + benchmarkClass + " is not in this jar", e);
        }
        Map<String, String[]> sizes = new LinkedHashMap<>();
        if (quick == null) {
            return sizes;
        }
        for (String entry : quick.value()) {
            int eq = entry.indexOf('=');
            if (eq < 1 || eq == entry.length() - 1) {
                throw new IllegalStateException(benchmarkClass + ": quick size '" + entry + "' is not name=value[,value...]");
            }
            String name = entry.substring(0, eq);
            String[] values = entry.substring(eq + 1).split(",", -1);
            List<String> declared = declared(benchmarks, name);
            if (declared.isEmpty()) {
                throw new IllegalStateException(benchmarkClass + ": quick size '" + entry + "' names no parameter of the benchmark");
            }
            for (String v : values) {
                if (!declared.contains(v)) {
                    throw new IllegalStateException(benchmarkClass + ": quick size " + name + "=" + v
                            + " is not one of the parameter's values " + declared);
                }
            }
            sizes.put(name, values);
        }
        return sizes;
    }

    private static List<String> declared(List<BenchmarkListEntry> benchmarks, String name) {
        for (BenchmarkListEntry b : benchmarks) {
            String[] values = b.getParams().orElse(Map.of()).get(name);
            if (values != null) {
                return Arrays.asList(values);
            }
        }
        return List.of();
    }
}
