package io.mcpbench.compare.policy;

import java.util.List;

/**
 * The settings that apply to one benchmark after the policy's defaults and overrides are
 * resolved: what the statistics use for its rows, and which of its metrics are gated.
 *
 * @param noiseFloor   smallest relative change that counts, as a fraction
 * @param band         equivalence band, as a fraction
 * @param gatedMetrics metrics of the benchmark that can fail the gate
 */
public record RowPolicy(double noiseFloor, double band, List<String> gatedMetrics) {

    public RowPolicy {
        gatedMetrics = List.copyOf(gatedMetrics);
    }

    /** True when a regression of {@code rowMetric} fails the gate. */
    public boolean gates(String rowMetric) {
        for (String m : gatedMetrics) {
            if (MetricNames.matches(m, rowMetric)) return true;
        }
        return false;
    }
}
