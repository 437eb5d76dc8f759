package io.mcpbench.compare.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The left side of a threshold: which value of a benchmark a limit constrains, as the row
 * metric that carries it. {@code avg} and {@code thrpt} are the primary score (of a time or a
 * throughput mode), {@code p(N)} the sample-mode percentile secondary {@code p0.NN},
 * {@code med}, {@code min} and {@code max} the percentiles 50, 0 and 100, {@code alloc} the
 * normalised allocation {@code gc.alloc.rate.norm}, and {@code metric(NAME)} any named metric.
 *
 * @param text   as written, for messages
 * @param metric the {@link io.mcpbench.compare.model.RowKey#metric()} the value is read from
 * @param family the unit family the row must have for the limit to apply, or null for any
 */
public record Aggregate(String text, String metric, Quantity.Family family) {

    public Aggregate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metric, "metric");
    }

    /** The metric name JMH gives percentile {@code percent} (0..100): 95 -> p0.95, 99.9 -> p0.999. */
    public static String percentileMetric(BigDecimal percent) {
        BigDecimal fraction = percent.movePointLeft(2).stripTrailingZeros();
        if (fraction.scale() < 2) fraction = fraction.setScale(2);
        return "p" + fraction.toPlainString();
    }

    /**
     * True when a row metric is this aggregate's metric, also in the pre-1.37 form
     * {@code method·p0.95} where a percentile carries the method name.
     */
    public boolean matchesMetric(String rowMetric) {
        return rowMetric.equals(metric) || rowMetric.endsWith("·" + metric);
    }
}
