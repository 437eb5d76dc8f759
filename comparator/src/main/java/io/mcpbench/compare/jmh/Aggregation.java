package io.mcpbench.compare.jmh;

/**
 * How JMH folds the iteration values of a metric into its score (JMH's {@code AggregationPolicy}):
 * the mean for timings and rates, the sum for event counters ({@code gc.count}, {@code gc.time},
 * {@code @AuxCounters(EVENTS)}), the maximum or minimum for a few profiler values. Only a mean has
 * an error and a confidence interval; the others report error NaN and the interval
 * {@code [score, score]}.
 */
public enum Aggregation {
    AVG, SUM, MAX, MIN;

    /** The score of {@code values} (not empty), folded in their order as JMH folds them. */
    public double score(double[] values) {
        double acc = this == MAX ? Double.NEGATIVE_INFINITY : this == MIN ? Double.POSITIVE_INFINITY : 0;
        for (double v : values) {
            switch (this) {
                case MAX -> acc = Math.max(acc, v);
                case MIN -> acc = Math.min(acc, v);
                default -> acc += v;
            }
        }
        return this == AVG ? acc / values.length : acc;
    }
}
