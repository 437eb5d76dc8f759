package io.mcpbench.compare.policy;

import io.mcpbench.compare.model.RowKey;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An absolute limit bound to the benchmarks whose full name matches {@code benchmark}
 * (whole-name match) and, when given, whose params include {@code params}: every such row of the
 * candidate must satisfy {@code threshold}. A limit may be one criterion of a performance plan:
 * the reports then list it under that criterion with the plan's own wording of the target.
 *
 * @param benchmark which benchmarks the limit applies to
 * @param params    params a row must have (each name with this value), empty for any row
 * @param threshold what they must satisfy
 * @param source    where the limit came from (policy file, environment variable), for reports
 * @param plan      the plan criterion this limit checks, or null
 */
public record Limit(Pattern benchmark, Map<String, String> params, Threshold threshold, String source,
                    PlanCriterion plan) {

    /**
     * A criterion of a performance plan, as the plan words it.
     *
     * @param name   the criterion ({@code response time}, {@code recovery}, ...)
     * @param target the plan's target, as written ({@code p95 < 500 ms under normal load})
     */
    public record PlanCriterion(String name, String target) {

        public PlanCriterion {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
        }
    }

    public Limit {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(source, "source");
        params = params == null ? Map.of() : new TreeMap<>(params);
    }

    /** A limit on every row of the matching benchmarks, outside any plan. */
    public Limit(Pattern benchmark, Threshold threshold, String source) {
        this(benchmark, Map.of(), threshold, source, null);
    }

    /** True when this limit applies to the benchmark named {@code benchmarkName} (params aside). */
    public boolean appliesTo(String benchmarkName) {
        return benchmark.matcher(benchmarkName).matches();
    }

    /** True when this limit applies to the row {@code key}: its benchmark matches and it has every param of the limit. */
    public boolean appliesTo(RowKey key) {
        if (!appliesTo(key.benchmark())) {
            return false;
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (!p.getValue().equals(key.params().get(p.getKey()))) return false;
        }
        return true;
    }

    /** The benchmarks and params it applies to, as reports name them: {@code regex} or {@code regex [k=v, ...]}. */
    public String scope() {
        if (params.isEmpty()) return benchmark.pattern();
        StringJoiner j = new StringJoiner(", ", " [", "]");
        params.forEach((k, v) -> j.add(k + "=" + v));
        return benchmark.pattern() + j;
    }
}
