package io.mcpbench.compare.export;

import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.jmh.MetricNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Writes JMH result entries as OpenMetrics text: two gauge families, {@code jmh_score} and
 * {@code jmh_score_error}, with one sample per benchmark, mode, params, threads and metric (the
 * primary score and every secondary metric), labelled so that a series keeps its identity from
 * run to run. The values are the ones JMH wrote; an error JMH could not compute is {@code NaN}.
 * The text ends with {@code # EOF}, as the format requires, and never repeats a series.
 */
public final class OpenMetricsWriter {

    /** Family of the scores. */
    public static final String SCORE = "jmh_score";
    /** Family of the scores' 99.9% half-widths, as JMH reports them. */
    public static final String SCORE_ERROR = "jmh_score_error";

    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> RESERVED = Set.of("benchmark", "mode", "threads", "metric", "unit");

    private OpenMetricsWriter() {
    }

    /**
     * The OpenMetrics text for {@code entries} (a JMH result array); {@code extraLabels} (e.g. a
     * runner or commit) are added to every sample. {@code source} names the input in errors.
     */
    public static String write(String source, ArrayNode entries, Map<String, String> extraLabels) {
        for (String name : extraLabels.keySet()) {
            if (!LABEL_NAME.matcher(name).matches() || name.startsWith("__")) {
                throw new ExportException("label name \"" + name + "\" is not a valid OpenMetrics label name");
            }
            if (!name.equals(name.toLowerCase(Locale.ROOT))) {
                throw new ExportException("label name \"" + name + "\" is not snake_case, which promtool requires (use "
                        + LabelNames.snakeCase(name) + ")");
            }
            if (RESERVED.contains(name) || name.startsWith(LabelNames.PARAM)) {
                throw new ExportException("label name \"" + name + "\" is used by the exported series");
            }
        }
        List<String> labelSets = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode entry : entries.values()) {
            String where = source + ": entry " + index++;
            Map<String, String> base = new LinkedHashMap<>();
            base.put("benchmark", entry.path("benchmark").asString());
            base.put("mode", entry.path("mode").asString());
            JsonNode params = entry.path("params");
            if (params.isObject()) {
                Map<String, String> labels = LabelNames.forParams(params.propertyNames());
                for (Map.Entry<String, JsonNode> p : params.properties()) {
                    base.put(labels.get(p.getKey()), p.getValue().isString() ? p.getValue().asString() : p.getValue().toString());
                }
            }
            base.put("threads", entry.path("threads").isNumber() ? entry.path("threads").asString() : "1");
            addMetric(where, base, extraLabels, "primary", entry.path("primaryMetric"), labelSets, scores, errors, seen);
            JsonNode secondaries = entry.path("secondaryMetrics");
            if (secondaries.isObject()) {
                for (Map.Entry<String, JsonNode> s : secondaries.properties()) {
                    addMetric(where, base, extraLabels, MetricNames.normalise(s.getKey()), s.getValue(), labelSets, scores, errors, seen);
                }
            }
        }
        StringBuilder sb = new StringBuilder(labelSets.size() * 200);
        family(sb, SCORE, "Score of a JMH benchmark row, in the unit of its unit label.", labelSets, scores);
        family(sb, SCORE_ERROR, "Half-width of the 99.9% confidence interval JMH gives for the score (NaN when JMH has none).",
                labelSets, errors);
        sb.append("# EOF\n");
        return sb.toString();
    }

    private static void addMetric(String where, Map<String, String> base, Map<String, String> extra, String metric, JsonNode node,
            List<String> labelSets, List<Double> scores, List<Double> errors, Set<String> seen) {
        if (!node.isObject()) return;
        double score = JmhJson.number(node.path("score"));
        if (Double.isNaN(score) && "---".equals(node.path("scoreUnit").asString(""))) return; // text-only profiler output
        Map<String, String> labels = new LinkedHashMap<>(base);
        labels.put("metric", metric);
        labels.put("unit", node.path("scoreUnit").asString(""));
        labels.putAll(extra);
        String rendered = render(labels);
        if (!seen.add(rendered)) throw new ExportException(where + ": the same series twice: " + SCORE + rendered);
        labelSets.add(rendered);
        scores.add(score);
        errors.add(JmhJson.number(node.path("scoreError")));
    }

    private static void family(StringBuilder sb, String name, String help, List<String> labelSets, List<Double> values) {
        sb.append("# TYPE ").append(name).append(" gauge\n");
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        for (int i = 0; i < labelSets.size(); i++) {
            sb.append(name).append(labelSets.get(i)).append(' ').append(value(values.get(i))).append('\n');
        }
    }

    /** {@code {k="v",...}} with the values escaped. */
    static String render(Map<String, String> labels) {
        StringBuilder sb = new StringBuilder("{");
        String sep = "";
        for (Map.Entry<String, String> e : labels.entrySet()) {
            sb.append(sep).append(e.getKey()).append("=\"").append(escape(e.getValue())).append('"');
            sep = ",";
        }
        return sb.append('}').toString();
    }

    /** A label value escaped as OpenMetrics requires: backslash, double quote and line feed. */
    public static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A sample value: JMH numbers as they are, its "NaN"/"Infinity" strings mapped to the format's spelling. */
    static String value(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (v == Double.POSITIVE_INFINITY) return "+Inf";
        if (v == Double.NEGATIVE_INFINITY) return "-Inf";
        return Double.toString(v);
    }
}
