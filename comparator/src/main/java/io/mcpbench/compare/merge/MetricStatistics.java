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
 * Recomputes a metric's summary from its raw data the way JMH does, after forks were added:
 * {@code score} is the mean of every iteration value of every fork (for sample mode, of every
 * sample in {@code rawDataHistogram}, weighted by count); {@code scoreError} is the 99.9%
 * half-width {@code t(0.9995, n-1) * s / sqrt(n)}, NaN when n &lt;= 2; {@code scoreConfidence} is
 * {@code score -/+ scoreError}; each key of {@code scorePercentiles} is recomputed over all
 * values with JMH's estimator (Commons Math's default for iteration values; for histograms the
 * same interpolation between order statistics at position {@code p (n + 1) / 100}).
 * A metric whose inputs all had a score equal to the sum of their values (an {@code @AuxCounters}
 * events counter) keeps that rule: score = sum, error and confidence NaN. A metric without any
 * finite value (text-only profiler output, unit {@code ---}) is left as it is.
 */
final class MetricStatistics {

    private static final double CONFIDENCE = 0.999;

    private MetricStatistics() {
    }

    /** True when {@code metric}'s score is the sum of its raw values rather than their mean. */
    static boolean isSum(JsonNode metric) {
        double[] v = values(metric.path("rawData"));
        double score = number(metric.path("score"));
        if (v.length < 2 || Double.isNaN(score)) return false;
        double sum = 0;
        for (double x : v) sum += x;
        double mean = sum / v.length;
        return Math.abs(score - sum) < Math.abs(score - mean);
    }

    /** Recomputes score, error, confidence and percentiles of {@code metric} in place. */
    static void recompute(ObjectNode metric, boolean sum) {
        JsonNode histogram = metric.path("rawDataHistogram");
        if (histogram.isArray() && histogram.size() > 0) {
            recomputeFromHistogram(metric, histogram);
            return;
        }
        double[] v = values(metric.path("rawData"));
        if (v.length == 0) return;
        double mean = 0;
        for (double x : v) mean += x;
        double total = mean;
        mean /= v.length;
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : Double.NaN;
        double error = sum ? Double.NaN : error(sd, v.length);
        double score = sum ? total : mean;
        setSummary(metric, score, error);
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

    private static void recomputeFromHistogram(ObjectNode metric, JsonNode histogram) {
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
