package io.mcpbench.compare.policy;

/**
 * How a metric named in a policy matches a row's metric: by equality, or as the suffix after
 * {@code ·} of the pre-1.37 per-method names ({@code p0.99} matches {@code search·p0.99}).
 */
public final class MetricNames {

    private MetricNames() {
    }

    /** True when the policy's {@code name} designates the row metric {@code rowMetric}. */
    public static boolean matches(String name, String rowMetric) {
        return rowMetric.equals(name) || rowMetric.endsWith("·" + name);
    }
}
