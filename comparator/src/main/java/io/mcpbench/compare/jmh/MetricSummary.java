package io.mcpbench.compare.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a result entry's summaries back as JMH computes them from the raw data, after forks were
 * added (a merge) or removed. Each metric's iteration values are folded by its
 * {@link SummaryRule} into a {@link Score}: JMH's aggregation over every iteration of every fork,
 * with the iterations a profiler metric is missing from counted as zeros; each key of
 * {@code scorePercentiles} is the {@link Percentiles} value over the same values. A SampleTime
 * primary is summarised over every sample of its {@code rawDataHistogram}, and its percentile
 * metrics ({@code p0.50}, {@code method·p0.99}) are JMH's percentiles of those samples, with no
 * error. A metric without any finite value (text-only profiler output, unit {@code ---}) is left
 * as it is. JMH's strings {@code "NaN"} stand where a number does not apply.
 */
public final class MetricSummary {

    /** The name {@link #summarise} gives the primary metric. */
    public static final String PRIMARY = "";

    /** JMH's percentile metrics of a sample-mode entry: {@code p0.50}, {@code method·p0.99}, {@code label:p1.00}. */
    private static final Pattern DERIVED_PERCENTILE = Pattern.compile("(?:.*[\u00b7:])?p([01]\\.[0-9]+)");

    private MetricSummary() {
    }

    /**
     * Recomputes every summary of {@code entry} in place, each metric by the rule {@code ruleOf}
     * gives for its name ({@link #PRIMARY} for the primary metric), and sets {@code forks}.
     */
    public static void summarise(ObjectNode entry, Function<String, SummaryRule> ruleOf) {
        ObjectNode primary = (ObjectNode) entry.get("primaryMetric");
        int iterations = iterations(primary);
        recompute(primary, ruleOf.apply(PRIMARY), iterations);
        for (Map.Entry<String, JsonNode> s : entry.path("secondaryMetrics").properties()) {
            if (!s.getValue().isObject()) continue;
            ObjectNode metric = (ObjectNode) s.getValue();
            double percent = derivedPercent(entry, s.getKey());
            if (Double.isNaN(percent)) {
                recompute(metric, ruleOf.apply(s.getKey()), iterations);
            } else {
                derivedPercentile(metric, primary, percent);
            }
        }
        entry.put("forks", forks(primary));
    }

    /** How many measurement iterations the forks of a metric ran in all. */
    public static int iterations(JsonNode metric) {
        JsonNode histogram = metric.path("rawDataHistogram");
        JsonNode forks = histogram.isArray() ? histogram : metric.path("rawData");
        int n = 0;
        for (JsonNode fork : forks.values()) n += fork.size();
        return n;
    }

    /** How many forks a metric holds: arrays of its {@code rawDataHistogram}, else of its {@code rawData}. */
    public static int forks(JsonNode metric) {
        JsonNode h = metric.path("rawDataHistogram");
        return h.isArray() ? h.size() : metric.path("rawData").size();
    }

    /**
     * The percentile (0..100) that secondary metric {@code name} of {@code entry} is, when it is
     * one of JMH's percentiles of a sample-mode entry's samples ({@code p0.50},
     * {@code method·p0.99}); NaN for any other metric.
     */
    static double derivedPercent(JsonNode entry, String name) {
        if (!entry.path("primaryMetric").path("rawDataHistogram").isArray()) return Double.NaN;
        Matcher m = DERIVED_PERCENTILE.matcher(name);
        return m.matches() ? Double.parseDouble(m.group(1)) * 100 : Double.NaN;
    }

    /** Score, error, confidence and percentiles of {@code metric} by {@code rule}, for forks of {@code iterations} iterations in all. */
    static void recompute(ObjectNode metric, SummaryRule rule, int iterations) {
        JsonNode histogram = metric.path("rawDataHistogram");
        if (histogram.isArray() && histogram.size() > 0) {
            PooledSamples samples = PooledSamples.of(histogram);
            if (samples.isEmpty()) return;
            write(metric, Score.of(samples), p -> Percentiles.of(samples, p), false);
            return;
        }
        double[] present = JmhJson.values(metric.path("rawData"));
        if (present.length == 0) return;
        double[] v = rule.fillsMissingWithZeros() && present.length < iterations ? Arrays.copyOf(present, iterations) : present;
        write(metric, Score.of(rule.aggregation(), v), p -> Percentiles.of(v, p), false);
    }

    /**
     * Sets {@code metric}, one of JMH's percentile metrics of a sample-mode entry, to percentile
     * {@code percent} (0..100) of every sample of {@code primary}'s histogram: its score and every
     * key of its {@code scorePercentiles}, with error and confidence NaN, as JMH writes them.
     */
    static void derivedPercentile(ObjectNode metric, JsonNode primary, double percent) {
        PooledSamples samples = PooledSamples.of(primary.path("rawDataHistogram"));
        if (samples.isEmpty()) return;
        double value = Percentiles.of(samples, percent);
        write(metric, Score.point(value, (long) samples.count()), p -> value, true);
    }

    /** Writes {@code s} and, per key of {@code scorePercentiles} that is a number (or every key: {@code everyKey}), its percentile. */
    private static void write(ObjectNode metric, Score s, DoubleUnaryOperator percentile, boolean everyKey) {
        put(metric, "score", s.score());
        put(metric, "scoreError", s.error());
        ArrayNode ci = metric.putArray("scoreConfidence");
        add(ci, s.low());
        add(ci, s.high());
        JsonNode pct = metric.path("scorePercentiles");
        if (!pct.isObject()) return;
        ObjectNode out = (ObjectNode) pct;
        for (String key : new ArrayList<>(pct.propertyNames())) {
            double p = parse(key);
            if (everyKey || !Double.isNaN(p)) put(out, key, percentile.applyAsDouble(p));
        }
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
