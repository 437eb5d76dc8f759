package io.mcpbench.compare.policy;

import io.mcpbench.compare.jmh.MetricNames;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A known, accepted regression or absence: rows of benchmarks matching {@code benchmark}
 * (whole-name match), and of {@code metric} if given, pass the gate and are reported as
 * ALLOWED with {@code reason}.
 *
 * @param benchmark which benchmarks
 * @param metric    which metric, or null for every metric of those benchmarks
 * @param reason    why it is accepted (required: an allowance without a reason is not reviewable)
 */
public record Allowance(Pattern benchmark, String metric, String reason) {

    public Allowance {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(reason, "reason");
    }

    /** True when this allowance covers the row of {@code benchmarkName} and {@code rowMetric}. */
    public boolean covers(String benchmarkName, String rowMetric) {
        return benchmark.matcher(benchmarkName).matches()
                && (metric == null || MetricNames.matches(metric, rowMetric));
    }
}
