package io.mcpbench.compare.normalize;

import io.mcpbench.compare.jmh.MetricNames;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowKey;

/**
 * Decides which way is better for each row. Primary scores follow the mode ({@code thrpt}
 * higher, {@code avgt}/{@code sample}/{@code ss} lower); known secondaries follow their meaning
 * (bytes allocated per operation, latency percentiles: lower); rates and counts that follow how
 * much work an iteration did ({@code gc.alloc.rate} and {@code gc.churn.*} in MB/s,
 * {@code gc.count}, {@code gc.time}) have no better side, since a faster build allocates and
 * collects more per second; anything else follows its unit ({@code ops/*} higher, time per op and
 * {@code B/op} lower) and otherwise lower is assumed and marked.
 */
public final class Directions {

    private static final MetricDirection HIGHER = new MetricDirection(Direction.HIGHER_IS_BETTER, false);
    private static final MetricDirection LOWER = new MetricDirection(Direction.LOWER_IS_BETTER, false);
    private static final MetricDirection ASSUMED_LOWER = new MetricDirection(Direction.LOWER_IS_BETTER, true);
    private static final MetricDirection NONE = new MetricDirection(Direction.NONE, false);

    private Directions() {
    }

    /** The direction of {@code key} measured in {@code unit}. */
    public static MetricDirection of(RowKey key, String unit) {
        if (key.isPrimary()) {
            switch (key.mode()) {
                case "thrpt":
                    return HIGHER;
                case "avgt":
                case "sample":
                case "ss":
                    return LOWER;
                default:
                    return byUnit(unit);
            }
        }
        String m = key.metric();
        if (followsThroughput(m)) {
            return NONE;
        }
        if (m.equals("gc.alloc.rate.norm") || m.startsWith("gc.churn.") || MetricNames.isPercentile(m)) {
            return LOWER;
        }
        return byUnit(unit);
    }

    private static MetricDirection byUnit(String unit) {
        if (Units.isThroughput(unit)) {
            return HIGHER;
        }
        if (Units.isTimePerOp(unit) || "B/op".equals(unit)) {
            return LOWER;
        }
        return ASSUMED_LOWER;
    }

    /**
     * True for metrics per unit of time or per iteration that move with throughput
     * ({@code gc.alloc.rate}, {@code gc.churn.<pool>} in MB/s, {@code gc.count}, {@code gc.time}):
     * they have no better side and cannot be gated.
     */
    public static boolean followsThroughput(String metric) {
        return metric.equals("gc.alloc.rate") || metric.equals("gc.count") || metric.equals("gc.time")
                || (metric.startsWith("gc.churn.") && !metric.endsWith(".norm"));
    }

    /**
     * True for bytes allocated per operation ({@code gc.alloc.rate.norm}): compared on its own
     * scale in bytes, against a floor of a fraction of an object rather than a share of the
     * value, so one more object per operation shows however large the row's allocation.
     */
    public static boolean isAllocation(RowKey key) {
        return "gc.alloc.rate.norm".equals(key.metric());
    }
}
