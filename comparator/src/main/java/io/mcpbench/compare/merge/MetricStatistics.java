package io.mcpbench.compare.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recomputes a metric's summary from its raw data the way JMH does, after forks were added.
 * Iteration values are folded by the metric's {@link SummaryRule}: JMH's aggregation (mean, sum,
 * maximum, minimum) over every iteration of every fork, with the iterations a profiler metric is
 * missing from counted as zeros; {@code scoreError} is the 99.9% half-width
 * {@code t(0.9995, n-1) * s / sqrt(n)} for a mean (NaN when n &lt;= 2) and NaN otherwise;
 * {@code scoreConfidence} is {@code score -/+ scoreError} for a mean and {@code [score, score]}
 * otherwise; each key of {@code scorePercentiles} is recomputed over the same values with JMH's
 * estimator (Commons Math's default, the minimum at 0). For sample mode, the primary metric is
 * summarised over every sample in {@code rawDataHistogram}, weighted by count, with the same
 * interpolation between order statistics at position {@code p (n + 1) / 100}; its percentile
 * metrics ({@code p0.50}, {@code method·p0.99}) are JMH's percentiles of all those samples, with no
 * error. A metric without any finite value (text-only profiler output, unit {@code ---}) is left
 * as it is.
 */
final class MetricStatistics {

    private static final double CONFIDENCE = 0.999;

    private MetricStatistics() {
    }

    /** How many measurement iterations the forks of a metric ran in all. */
    static int iterations(JsonNode metric) {
        JsonNode histogram = metric.path("rawDataHistogram");
        JsonNode forks = histogram.isArray() ? histogram : metric.path("rawData");
        int n = 0;
        for (JsonNode fork : forks.values()) n += fork.size();
        return n;
    }

    /**
     * Recomputes score, error, confidence and percentiles of {@code metric} in place, by
     * {@code rule}, for an entry whose forks ran {@code iterations} measurement iterations in all.
     */
    static void recompute(ObjectNode metric, SummaryRule rule, int iterations) {
        JsonNode histogram = metric.path("rawDataHistogram");
        if (histogram.isArray() && histogram.size() > 0) {
            recomputeFromHistogram(metric, histogram);
            return;
        }
        double[] present = values(metric.path("rawData"));
        if (present.length == 0) return;
        double[] v = rule.fillsMissingWithZeros() && present.length < iterations ? Arrays.copyOf(present, iterations) : present;
        Aggregation aggregation = rule.aggregation();
        double score = aggregation.score(v);
        if (aggregation == Aggregation.AVG) {
            setSummary(metric, score, error(standardDeviation(v), v.length));
        } else {
            put(metric, "score", score);
            put(metric, "scoreError", Double.NaN);
            ArrayNode ci = metric.putArray("scoreConfidence");
            add(ci, score);
            add(ci, score);
        }
        JsonNode pct = metric.path("scorePercentiles");
        if (pct.isObject()) {
            Percentile estimator = new Percentile();
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            ObjectNode out = (ObjectNode) pct;
            for (String key : new ArrayList<>(pct.propertyNames())) {
                double p = parse(key);
                if (Double.isNaN(p)) continue;
                double value = p <= 0 ? sorted[0] : p >= 100 ? sorted[sorted.length - 1] : estimator.evaluate(sorted, p);
                put(out, key, value);
            }
        }
    }

    /**
     * Sets {@code metric}, one of JMH's percentile metrics of a sample-mode entry, to percentile
     * {@code percent} (0..100) of every sample of {@code primary}'s histogram: its score and every
     * key of its {@code scorePercentiles}, with error and confidence NaN, as JMH writes them.
     */
    static void derivedPercentile(ObjectNode metric, JsonNode primary, double percent) {
        List<double[]> pairs = histogramPairs(primary.path("rawDataHistogram"));
        if (pairs.isEmpty()) return;
        double n = 0;
        for (double[] p : pairs) n += p[1];
        pairs.sort((a, b) -> Double.compare(a[0], b[0]));
        double value = JmhPercentiles.of(pairs, n, percent);
        put(metric, "score", value);
        put(metric, "scoreError", Double.NaN);
        ArrayNode ci = metric.putArray("scoreConfidence");
        add(ci, Double.NaN);
        add(ci, Double.NaN);
        JsonNode pct = metric.path("scorePercentiles");
        if (pct.isObject()) {
            for (String key : new ArrayList<>(pct.propertyNames())) put((ObjectNode) pct, key, value);
        }
    }

    private static double standardDeviation(double[] v) {
        if (v.length < 2) return Double.NaN;
        double mean = Aggregation.AVG.score(v);
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        return Math.sqrt(ss / (v.length - 1));
    }

    private static void recomputeFromHistogram(ObjectNode metric, JsonNode histogram) {
        List<double[]> pairs = histogramPairs(histogram);
        if (pairs.isEmpty()) return;
        double n = 0;
        double total = 0;
        for (double[] p : pairs) {
            n += p[1];
            total += p[0] * p[1];
        }
        double mean = total / n;
        double ss = 0;
        for (double[] p : pairs) ss += p[1] * (p[0] - mean) * (p[0] - mean);
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        setSummary(metric, mean, error(sd, n));
        JsonNode pct = metric.path("scorePercentiles");
        if (pct.isObject()) {
            pairs.sort((a, b) -> Double.compare(a[0], b[0]));
            ObjectNode out = (ObjectNode) pct;
            for (String key : new ArrayList<>(pct.propertyNames())) {
                double p = parse(key);
                if (Double.isNaN(p)) continue;
                double value = JmhPercentiles.of(pairs, n, p);
                put(out, key, value);
            }
        }
    }

    /** Every {@code [value, count]} pair with a finite value and a positive count, in file order. */
    private static List<double[]> histogramPairs(JsonNode histogram) {
        List<double[]> pairs = new ArrayList<>();
        for (JsonNode fork : histogram.values()) {
            for (JsonNode iteration : fork.values()) {
                for (JsonNode pair : iteration.values()) {
                    double value = number(pair.path(0));
                    double count = number(pair.path(1));
                    if (Double.isFinite(value) && count > 0) pairs.add(new double[] {value, count});
                }
            }
        }
        return pairs;
    }

    private static double error(double sd, double n) {
        if (n <= 2 || Double.isNaN(sd)) return Double.NaN;
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t * sd / Math.sqrt(n);
    }

    private static void setSummary(ObjectNode metric, double score, double error) {
        put(metric, "score", score);
        put(metric, "scoreError", error);
        ArrayNode ci = metric.putArray("scoreConfidence");
        add(ci, Double.isNaN(error) ? Double.NaN : score - error);
        add(ci, Double.isNaN(error) ? Double.NaN : score + error);
    }

    /** Every finite number in a {@code rawData} array of fork arrays. */
    static double[] values(JsonNode rawData) {
        List<Double> out = new ArrayList<>();
        for (JsonNode fork : rawData.values()) {
            for (JsonNode v : fork.values()) {
                double d = number(v);
                if (Double.isFinite(d)) out.add(d);
            }
        }
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }

    /** A JSON number, or JMH's string forms {@code "NaN"}, {@code "Infinity"}; NaN otherwise. */
    static double number(JsonNode n) {
        if (n.isNumber()) return n.doubleValue();
        if (n.isString()) {
            try {
                return Double.parseDouble(n.stringValue().replace("INF", "Infinity"));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static double parse(String key) {
        try {
            return Double.parseDouble(key);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static void put(ObjectNode node, String name, double v) {
        if (Double.isFinite(v)) {
            node.put(name, v);
        } else {
            node.put(name, "NaN");
        }
    }

    private static void add(ArrayNode node, double v) {
        if (Double.isFinite(v)) {
            node.add(v);
        } else {
            node.add("NaN");
        }
    }
}
