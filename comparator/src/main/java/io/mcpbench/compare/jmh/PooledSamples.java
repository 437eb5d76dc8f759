package io.mcpbench.compare.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * SampleTime samples (histograms) pooled as JMH pools them (its {@code MultisetStatistics}): {@code [value,
 * count]} pairs of any number of iterations and forks, equal values merged, in value order; pairs
 * without a finite value or a positive count are left out. One iteration's histogram, a row's
 * forks and a result file's {@code rawDataHistogram} all pool here, so a mean, an error or a
 * percentile over samples is computed one way wherever it is needed.
 */
public final class PooledSamples {

    private final double[] values;
    private final double[] counts;
    private final double total;

    private PooledSamples(double[] values, double[] counts, double total) {
        this.values = values;
        this.counts = counts;
        this.total = total;
    }

    /** One iteration's {@code [[value, count], ...]}. */
    public static PooledSamples of(double[][] pairs) {
        return pool(each -> {
            for (double[] p : pairs) each.accept(p);
        });
    }

    /** Every iteration of every fork, {@code [fork][iteration][pair]}; null forks or iterations count as empty. */
    public static PooledSamples of(double[][][][] forks) {
        return pool(each -> {
            for (double[][][] fork : forks) {
                if (fork == null) continue;
                for (double[][] iteration : fork) {
                    if (iteration == null) continue;
                    for (double[] p : iteration) each.accept(p);
                }
            }
        });
    }

    /** A {@code rawDataHistogram} array, {@code [fork][iteration][[value, count], ...]}, as JSON. */
    public static PooledSamples of(JsonNode rawDataHistogram) {
        return pool(each -> {
            for (JsonNode fork : rawDataHistogram.values()) {
                for (JsonNode iteration : fork.values()) {
                    for (JsonNode pair : iteration.values()) {
                        each.accept(new double[] {JmhJson.number(pair.path(0)), JmhJson.number(pair.path(1))});
                    }
                }
            }
        });
    }

    private static PooledSamples pool(Consumer<Consumer<double[]>> source) {
        List<double[]> kept = new ArrayList<>();
        source.accept(p -> {
            if (p.length >= 2 && Double.isFinite(p[0]) && p[1] > 0 && Double.isFinite(p[1])) kept.add(p);
        });
        return merged(kept);
    }

    /** The pairs sorted by value (JMH writes each iteration sorted already), equal values merged. */
    private static PooledSamples merged(List<double[]> pairs) {
        int n = pairs.size();
        for (int i = 1; i < n; i++) {
            if (pairs.get(i)[0] < pairs.get(i - 1)[0]) {
                pairs.sort((a, b) -> Double.compare(a[0], b[0]));
                break;
            }
        }
        double[] values = new double[n];
        double[] counts = new double[n];
        int distinct = 0;
        double total = 0;
        for (double[] p : pairs) {
            if (distinct > 0 && Double.compare(values[distinct - 1], p[0]) == 0) {
                counts[distinct - 1] += p[1];
            } else {
                values[distinct] = p[0];
                counts[distinct++] = p[1];
            }
            total += p[1];
        }
        return new PooledSamples(Arrays.copyOf(values, distinct), Arrays.copyOf(counts, distinct), total);
    }

    /** True when no sample was pooled. */
    public boolean isEmpty() {
        return values.length == 0;
    }

    /** How many samples: the sum of the counts. */
    public double count() {
        return total;
    }

    /** The mean of the samples as JMH computes it: the sum of value times count in value order, over the count; NaN when empty. */
    public double mean() {
        if (isEmpty()) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < values.length; i++) sum += values[i] * counts[i];
        return sum / total;
    }

    /** The unbiased sample variance as JMH computes it; NaN for fewer than two samples. */
    public double variance() {
        if (!(total > 1)) return Double.NaN;
        double mean = mean();
        double v = 0;
        for (int i = 0; i < values.length; i++) v += Math.pow(values[i] - mean, 2) * counts[i];
        return v / (total - 1);
    }

    /** The smallest value; NaN when empty. */
    double min() {
        return isEmpty() ? Double.NaN : values[0];
    }

    /** The first value whose cumulative count reaches the 1-based {@code rank} (the first below 1), the largest past the end. */
    double atRank(double rank) {
        double seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (seen >= rank) return values[i];
        }
        return values[values.length - 1];
    }
}
