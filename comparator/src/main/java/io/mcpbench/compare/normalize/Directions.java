package io.mcpbench.compare.normalize;

import io.mcpbench.compare.jmh.MetricNames;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowKey;

/**
 * Decides which way is better for each row. Primary scores follow the mode ({@code thrpt}
 * higher, {@code avgt}/{@code sample}/{@code ss} lower); known secondaries follow their meaning
 * (allocation rates, GC counts and times, latency percentiles: lower); anything else follows its
 * unit ({@code ops/*} higher, time per op and {@code B/op} lower) and otherwise lower is assumed
 * and marked.
 */
public final class Directions {

    private static final MetricDirection HIGHER = new MetricDirection(Direction.HIGHER_IS_BETTER, false);
    private static final MetricDirection LOWER = new MetricDirection(Direction.LOWER_IS_BETTER, false);
    private static final MetricDirection ASSUMED_LOWER = new MetricDirection(Direction.LOWER_IS_BETTER, true);

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
        if (m.equals("gc.alloc.rate") || m.equals("gc.alloc.rate.norm") || m.startsWith("gc.churn.")
                || m.equals("gc.count") || m.equals("gc.time") || MetricNames.isPercentile(m)) {
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
     * True for metrics that repeat exactly from run to run ({@code gc.alloc.rate.norm}, bytes
     * allocated per operation): compared with a tolerance, not a significance test.
     */
    public static boolean isDeterministic(RowKey key) {
        return "gc.alloc.rate.norm".equals(key.metric());
    }
}
