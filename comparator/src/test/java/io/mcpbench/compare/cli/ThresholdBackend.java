package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.model.Undecided;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A backend for command-line tests that isolates the commands from the statistics: it reads the
 * outer JMH shape and decides by a fixed rule (a mean change beyond 10% is REGRESSED or IMPROVED,
 * anything else EQUIVALENT), so the tests can assert wiring, exit codes and reports exactly.
 */
class ThresholdBackend implements ComparisonBackend {

    @Override
    public ResultFile parse(String source, byte[] content) {
        ArrayNode entries = JmhJson.parse(source, content);
        List<Row> rows = new ArrayList<>();
        for (JsonNode e : entries.values()) {
            Map<String, String> params = new TreeMap<>();
            for (Map.Entry<String, JsonNode> p : e.path("params").properties()) params.put(p.getKey(), p.getValue().asString());
            RowKey key = RowKey.of(e.path("benchmark").asString(), e.path("mode").asString(), params, e.path("threads").asInt(1), RowKey.PRIMARY);
            rows.add(row(key, e.path("primaryMetric")));
            for (Map.Entry<String, JsonNode> s : e.path("secondaryMetrics").properties()) {
                rows.add(row(key.withMetric(s.getKey()), s.getValue()));
            }
        }
        JsonNode first = entries.get(0);
        List<String> args = new ArrayList<>();
        for (JsonNode a : first.path("jvmArgs").values()) args.add(a.asString());
        RunInfo info = new RunInfo(text(first, "jmhVersion"), text(first, "jdkVersion"), text(first, "vmName"), text(first, "vmVersion"),
                text(first, "jvm"), args, first.path("forks").asInt(), first.path("warmupIterations").asInt(), text(first, "warmupTime"),
                first.path("measurementIterations").asInt(), text(first, "measurementTime"));
        return new ResultFile(source, info, rows);
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isString() ? n.path(field).asString() : null;
    }

    private static Row row(RowKey key, JsonNode metric) {
        List<double[]> forks = new ArrayList<>();
        for (JsonNode f : metric.path("rawData").values()) {
            double[] v = new double[f.size()];
            for (int i = 0; i < v.length; i++) v[i] = f.get(i).asDouble();
            forks.add(v);
        }
        return new Row(key, metric.path("scoreUnit").asString(), forks.toArray(new double[0][]), null);
    }

    @Override
    public ComparisonResult compare(ResultFile baseline, ResultFile candidate, Settings settings, RunLevel runLevel) {
        Map<RowKey, Row> cand = new TreeMap<>();
        for (Row r : candidate.rows()) cand.put(r.key(), r);
        Map<RowKey, RowComparison> out = new TreeMap<>();
        for (Row b : baseline.rows()) {
            Row c = cand.remove(b.key());
            out.put(b.key(), compare(b, c));
        }
        for (Row c : cand.values()) out.put(c.key(), compare(null, c));
        return new ComparisonResult(new ArrayList<>(out.values()), null);
    }

    private static RowComparison compare(Row b, Row c) {
        Row any = b != null ? b : c;
        Direction d = any.unit().startsWith("ops/") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        double bm = b == null ? Double.NaN : mean(b);
        double cm = c == null ? Double.NaN : mean(c);
        double ratio = cm / bm;
        double change = d == Direction.LOWER_IS_BETTER ? ratio - 1 : 1 / ratio - 1;
        Verdict v = b == null ? Verdict.NEW : c == null ? Verdict.MISSING
                : change > 0.10 ? Verdict.REGRESSED : change < -0.10 ? Verdict.IMPROVED : Verdict.EQUIVALENT;
        return new RowComparison(any.key(), any.unit(), d, bm, cm, ratio, ratio, ratio, Double.NaN, change, Double.NaN,
                Double.NaN, b == null ? 0 : b.forkCount(), c == null ? 0 : c.forkCount(), 0, Double.NaN, v, Undecided.NO,
                "threshold", RowComparison.Steady.NONE, "threshold rule");
    }

    private static double mean(Row r) {
        double s = 0;
        int n = 0;
        for (double[] f : r.forks()) {
            for (double x : f) {
                s += x;
                n++;
            }
        }
        return s / n;
    }
}
