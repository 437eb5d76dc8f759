package io.mcpbench.bench.cli;

import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.bench.support.SmokeSizes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.options.Options;

/**
 * What the quick profile and the smoke run run: the selected benchmarks grouped by class, each
 * group with the parameter values its class narrows to. The quick profile takes the class's
 * {@link QuickSizes}; the smoke run takes them with the class's {@link SmokeSizes} over them. A
 * {@code -p} the user gave wins over a size of the same name. Refuses a size that names no
 * parameter of the class, and a quick size the parameter does not list, so a quick row is always
 * one of the benchmark's own rows.
 */
final class QuickPlan {

    /** One benchmark class: its selected methods and the values to pin, by parameter name. */
    record Group(String benchmarkClass, List<BenchmarkListEntry> benchmarks, Map<String, String[]> sizes) {

        /** The sizes to pin: a {@code -p} the user gave wins over a size of the same name. */
        Map<String, String[]> pinned(Options user) {
            Map<String, String[]> pinned = new LinkedHashMap<>(sizes);
            pinned.keySet().removeIf(name -> user.getParameter(name).hasValue());
            return pinned;
        }

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

    /** The groups of {@code selected} at their quick sizes, in class order. */
    static List<Group> of(SortedSet<BenchmarkListEntry> selected) {
        return groups(selected, QuickPlan::sizes);
    }

    /** The groups of {@code selected} at their smoke sizes, in class order. */
    static List<Group> smoke(SortedSet<BenchmarkListEntry> selected) {
        return groups(selected, QuickPlan::smokeSizes);
    }

    private static List<Group> groups(SortedSet<BenchmarkListEntry> selected,
                                      BiFunction<String, List<BenchmarkListEntry>, Map<String, String[]>> sizes) {
        Map<String, List<BenchmarkListEntry>> byClass = new TreeMap<>();
        for (BenchmarkListEntry b : selected) {
            byClass.computeIfAbsent(b.getUserClassQName(), k -> new ArrayList<>()).add(b);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<BenchmarkListEntry>> c : byClass.entrySet()) {
            groups.add(new Group(c.getKey(), c.getValue(), sizes.apply(c.getKey(), c.getValue())));
        }
        return groups;
    }

    /** The quick sizes of {@code benchmarkClass}, checked against the parameters its benchmarks declare. */
    static Map<String, String[]> sizes(String benchmarkClass, List<BenchmarkListEntry> benchmarks) {
        Map<String, String[]> sizes = new LinkedHashMap<>();
        QuickSizes quick = type(benchmarkClass).getAnnotation(QuickSizes.class);
        if (quick != null) {
            put(sizes, benchmarkClass, benchmarks, "quick", quick.value(), true);
        }
        return sizes;
    }

    /** The quick sizes of {@code benchmarkClass} with its smoke sizes over them. */
    static Map<String, String[]> smokeSizes(String benchmarkClass, List<BenchmarkListEntry> benchmarks) {
        Map<String, String[]> sizes = sizes(benchmarkClass, benchmarks);
        SmokeSizes smoke = type(benchmarkClass).getAnnotation(SmokeSizes.class);
        if (smoke != null) {
            put(sizes, benchmarkClass, benchmarks, "smoke", smoke.value(), false);
        }
        return sizes;
    }

    private static Class<?> type(String benchmarkClass) {
        try {
            return Class.forName(benchmarkClass, false, QuickPlan.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("benchmark class " + benchmarkClass + " is not in this jar", e);
        }
    }

    /** Puts each {@code name=value[,value...]} entry, refusing values the parameter does not list if {@code ownValuesOnly}. */
    private static void put(Map<String, String[]> sizes, String benchmarkClass, List<BenchmarkListEntry> benchmarks,
                            String kind, String[] entries, boolean ownValuesOnly) {
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq < 1 || eq == entry.length() - 1) {
                throw new IllegalStateException(benchmarkClass + ": " + kind + " size '" + entry + "' is not name=value[,value...]");
            }
            String name = entry.substring(0, eq);
            String[] values = entry.substring(eq + 1).split(",", -1);
            if (Arrays.stream(values).anyMatch(String::isBlank)) {
                throw new IllegalStateException(benchmarkClass + ": " + kind + " size '" + entry + "' has an empty value");
            }
            List<String> declared = declared(benchmarks, name);
            if (declared.isEmpty()) {
                throw new IllegalStateException(benchmarkClass + ": " + kind + " size '" + entry + "' names no parameter of the benchmark");
            }
            for (String v : values) {
                if (ownValuesOnly && !declared.contains(v)) {
                    throw new IllegalStateException(benchmarkClass + ": " + kind + " size " + name + "=" + v
                            + " is not one of the parameter's values " + declared);
                }
            }
            sizes.put(name, values);
        }
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
