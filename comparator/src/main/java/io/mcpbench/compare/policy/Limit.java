package io.mcpbench.compare.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An absolute limit bound to the benchmarks whose full name matches {@code benchmark}
 * (whole-name match): every matching row of the candidate must satisfy {@code threshold}.
 *
 * @param benchmark which benchmarks the limit applies to
 * @param threshold what they must satisfy
 * @param source    where the limit came from (policy file, environment variable), for reports
 */
public record Limit(Pattern benchmark, Threshold threshold, String source) {

    public Limit {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(source, "source");
    }

    /** True when this limit applies to the benchmark named {@code benchmarkName}. */
    public boolean appliesTo(String benchmarkName) {
        return benchmark.matcher(benchmarkName).matches();
    }
}
