package io.mcpbench.compare.settings;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Per-benchmark {@link Settings} for benchmarks whose full name matches {@code benchmark} (whole-name
 * match). Null fields leave the value from the defaults or an earlier override in place.
 *
 * @param benchmark       which benchmarks
 * @param noiseFloor      smallest relative change that counts, as a fraction (0.02 = 2%)
 * @param allocationFloor smallest change of bytes allocated per operation that counts
 * @param gatedMetrics    which metrics can fail the gate ({@code primary}, {@code gc.alloc.rate.norm}, {@code p0.99}, ...)
 */
public record BenchmarkOverride(Pattern benchmark, Double noiseFloor, Double allocationFloor, List<String> gatedMetrics) {

    public BenchmarkOverride {
        Objects.requireNonNull(benchmark, "benchmark");
        gatedMetrics = gatedMetrics == null ? null : List.copyOf(gatedMetrics);
    }

    /** True when this override applies to the benchmark named {@code benchmarkName}. */
    public boolean appliesTo(String benchmarkName) {
        return benchmark.matcher(benchmarkName).matches();
    }
}
