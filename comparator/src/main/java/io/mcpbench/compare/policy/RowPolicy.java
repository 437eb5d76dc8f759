package io.mcpbench.compare.policy;

import io.mcpbench.compare.jmh.MetricNames;
import io.mcpbench.compare.normalize.Directions;
import java.util.List;

/**
 * The settings that apply to one benchmark after the policy's defaults and overrides are
 * resolved: what the statistics use for its rows, and which of its metrics are gated.
 *
 * @param noiseFloor      smallest relative change that counts, as a fraction
 * @param allocationFloor smallest change of bytes allocated per operation that counts
 * @param gatedMetrics    metrics of the benchmark that can fail the gate
 */
public record RowPolicy(double noiseFloor, double allocationFloor, List<String> gatedMetrics) {

    public RowPolicy {
        gatedMetrics = List.copyOf(gatedMetrics);
    }

    /**
     * True when a regression of {@code rowMetric} fails the gate. Rates that follow throughput
     * ({@code gc.alloc.rate}, ...) never do: they have no better side.
     */
    public boolean gates(String rowMetric) {
        if (Directions.followsThroughput(rowMetric)) {
            return false;
        }
        for (String m : gatedMetrics) {
            if (MetricNames.matches(m, rowMetric)) return true;
        }
        return false;
    }
}
