package io.mcpbench.compare.export;

import io.mcpbench.compare.jmh.ScoredRow;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.report.ReportWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a report's result rows as OpenMetrics text: two gauge families, {@code jmh_score} and
 * {@code jmh_score_error}, with one sample per benchmark, mode, params, threads and metric (the
 * primary score and every secondary metric), labelled so that a series keeps its identity from
 * run to run. The values are the ones the rows carry (for {@code export}, the ones JMH wrote); an
 * error JMH could not compute is {@code NaN}. The text ends with {@code # EOF}, as the format
 * requires, and never repeats a series. Extra labels (a runner, a commit) go on every sample.
 */
public final class OpenMetricsWriter implements ReportWriter {

    /** Family of the scores. */
    public static final String SCORE = "jmh_score";
    /** Family of the scores' 99.9% half-widths, as JMH reports them. */
    public static final String SCORE_ERROR = "jmh_score_error";

    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> RESERVED = Set.of("benchmark", "mode", "threads", "metric", "unit");

    private final Map<String, String> extraLabels;

    /** A writer that adds {@code extraLabels} (snake_case names, none of the series' own) to every sample, in their order. */
    public OpenMetricsWriter(Map<String, String> extraLabels) {
        this.extraLabels = new LinkedHashMap<>(extraLabels);
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
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
        for (ScoredRow row : report.results()) {
            RowKey key = row.key();
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("benchmark", key.benchmark());
            labels.put("mode", key.mode());
            Map<String, String> names = LabelNames.forParams(key.params().keySet());
            for (Map.Entry<String, String> p : key.params().entrySet()) labels.put(names.get(p.getKey()), p.getValue());
            labels.put("threads", Integer.toString(key.threads()));
            labels.put("metric", key.metric());
            labels.put("unit", row.unit());
            labels.putAll(extraLabels);
            String rendered = render(labels);
            if (!seen.add(rendered)) {
                throw new ExportException(report.candidate() + ": the same series twice: " + SCORE + rendered);
            }
            labelSets.add(rendered);
            scores.add(row.score());
            errors.add(row.error());
        }
        StringBuilder sb = new StringBuilder(labelSets.size() * 200);
        family(sb, SCORE, "Score of a JMH benchmark row, in the unit of its unit label.", labelSets, scores);
        family(sb, SCORE_ERROR, "Half-width of the 99.9% confidence interval JMH gives for the score (NaN when JMH has none).",
                labelSets, errors);
        sb.append("# EOF\n");
        out.append(sb);
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
