package io.mcpbench.compare.model;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What makes two result rows comparable: the same benchmark, mode, parameters, thread count and
 * metric. The metric is {@link #PRIMARY} for the primary score, else the secondary metric's name
 * with any legacy {@code ·} prefix removed ({@code gc.alloc.rate.norm}, {@code p0.99}, ...).
 */
public record RowKey(String benchmark, String mode, SortedMap<String, String> params, int threads, String metric)
        implements Comparable<RowKey> {

    /** The metric name of a benchmark's primary score. */
    public static final String PRIMARY = "primary";

    public RowKey {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(metric, "metric");
        TreeMap<String, String> copy = new TreeMap<>();
        if (params != null) {
            for (Map.Entry<String, String> e : params.entrySet()) {
                copy.put(Objects.requireNonNull(e.getKey(), "param name"), Objects.requireNonNull(e.getValue(), "param value"));
            }
        }
        params = Collections.unmodifiableSortedMap(copy);
    }

    /** A key with the given params in any order. */
    public static RowKey of(String benchmark, String mode, Map<String, String> params, int threads, String metric) {
        return new RowKey(benchmark, mode, params == null ? null : new TreeMap<>(params), threads, metric);
    }

    /** The same benchmark, mode, params and threads, with another metric. */
    public RowKey withMetric(String otherMetric) {
        return new RowKey(benchmark, mode, params, threads, otherMetric);
    }

    /** True for the primary score. */
    public boolean isPrimary() {
        return PRIMARY.equals(metric);
    }

    /** {@code Benchmark.method:metric[k=v,...]} (threads shown when more than one), for tables. */
    public String displayName() {
        StringBuilder sb = new StringBuilder(benchmark);
        if (!params.isEmpty() || threads > 1) {
            sb.append('[');
            String sep = "";
            for (Map.Entry<String, String> e : params.entrySet()) {
                sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
                sep = ",";
            }
            if (threads > 1) {
                sb.append(sep).append("t=").append(threads);
            }
            sb.append(']');
        }
        if (!isPrimary()) {
            sb.append(':').append(metric);
        }
        return sb.toString();
    }

    /**
     * Orders by benchmark, mode, params, threads, metric; params entry by entry (name, then
     * value), a map that extends another before it (so a row with params sorts above the same
     * benchmark without). Zero exactly when {@link #equals} holds,
     * so sorted maps and hash maps of keys agree: two keys whose params merely print alike
     * ({@code {a=1, b=2}} as one value or as two params) stay two rows.
     */
    @Override
    public int compareTo(RowKey o) {
        int c = benchmark.compareTo(o.benchmark);
        if (c == 0) c = mode.compareTo(o.mode);
        if (c == 0) c = compareParams(params, o.params);
        if (c == 0) c = Integer.compare(threads, o.threads);
        if (c == 0) c = metric.compareTo(o.metric);
        return c;
    }

    private static int compareParams(SortedMap<String, String> a, SortedMap<String, String> b) {
        Iterator<Map.Entry<String, String>> i = a.entrySet().iterator();
        Iterator<Map.Entry<String, String>> j = b.entrySet().iterator();
        while (i.hasNext() && j.hasNext()) {
            Map.Entry<String, String> x = i.next();
            Map.Entry<String, String> y = j.next();
            int c = x.getKey().compareTo(y.getKey());
            if (c == 0) c = x.getValue().compareTo(y.getValue());
            if (c != 0) return c;
        }
        return Boolean.compare(j.hasNext(), i.hasNext());
    }
}
