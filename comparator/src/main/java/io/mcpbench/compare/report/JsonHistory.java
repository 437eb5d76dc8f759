package io.mcpbench.compare.report;

import io.mcpbench.compare.history.ChangePoint;
import io.mcpbench.compare.history.HistoryReport;
import io.mcpbench.compare.history.HistoryRun;
import io.mcpbench.compare.history.HistorySettings;
import io.mcpbench.compare.history.Series;
import io.mcpbench.compare.history.SeriesReport;
import io.mcpbench.compare.history.Trend;
import io.mcpbench.compare.schema.DocumentSchema;
import java.io.IOException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lays out a report's history ({@link HistoryReport}) as JSON for other tools. Numbers that are not
 * finite are written as {@code null}. The shape:
 * <pre>
 * {
 *   "schema": "mcpbench-history/2" ({@link DocumentSchema#HISTORY}),
 *   "settings": {"permutations", "significance", "minSegment", "window" (0 = all), "trendRuns", "seed"},
 *   "runs": [{"id", "time" (ISO-8601 instant), "commit" (or null), "source" (file name)}],
 *   "problems": ["one line per skipped run or left-out value"],
 *   "series": [{
 *     "name"            display name, Benchmark.method[params]:metric
 *     "benchmark", "mode", "params" {name: value}, "threads", "metric" ("primary" or the secondary's name),
 *     "unit"            unit of every value,
 *     "direction"       "higher-is-better" | "lower-is-better", "directionAssumed" (boolean),
 *     "points"          [{"run" (run id), "runIndex" (position in "runs"), "value"}], oldest first; runs
 *                       without this row are absent,
 *     "trend"           {"first", "last", "min", "max", "previousMedian", "previousRuns",
 *                        "latestChange" (last / previousMedian - 1), "latestShift"},
 *     "changePoints"    [{"index" (position in "points"), "run" (run id where the new level began),
 *                        "before", "after" (segment centres), "change" (after / before - 1),
 *                        "shift" ("regression" | "improvement" | "neutral"), "pValue", "statistic"}]
 *   }]
 * }
 * </pre>
 */
public final class JsonHistory implements ReportWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public void write(Report report, Appendable out) throws IOException {
        out.append(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report.history()))).append('\n');
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(HistoryReport report) {
        ObjectNode root = DocumentSchema.HISTORY.stamp(MAPPER.createObjectNode());
        HistorySettings s = report.settings();
        ObjectNode settings = root.putObject("settings");
        settings.put("permutations", s.permutations());
        settings.put("significance", s.significance());
        settings.put("minSegment", s.minSegment());
        settings.put("window", s.window());
        settings.put("trendRuns", s.trendRuns());
        settings.put("seed", s.seed());
        ArrayNode runs = root.putArray("runs");
        for (HistoryRun run : report.runs()) {
            ObjectNode r = runs.addObject();
            r.put("id", run.id());
            r.put("time", run.time().toString());
            r.put("commit", run.commit());
            r.put("source", run.result().source());
        }
        ArrayNode problems = root.putArray("problems");
        for (String p : report.problems()) {
            problems.add(p);
        }
        ArrayNode series = root.putArray("series");
        for (SeriesReport sr : report.series()) {
            series.add(series(sr));
        }
        return root;
    }

    private static ObjectNode series(SeriesReport sr) {
        Series s = sr.series();
        ObjectNode o = MAPPER.createObjectNode();
        JsonFields.key(o, s.key());
        o.put("unit", s.unit());
        o.put("direction", s.direction().direction().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        o.put("directionAssumed", s.direction().assumed());
        ArrayNode points = o.putArray("points");
        for (int i = 0; i < s.size(); i++) {
            ObjectNode p = points.addObject();
            p.put("run", s.runIds().get(i));
            p.put("runIndex", s.runIndex()[i]);
            JsonFields.number(p, "value", s.values()[i]);
        }
        Trend t = sr.trend();
        ObjectNode trend = o.putObject("trend");
        JsonFields.number(trend, "first", t.first());
        JsonFields.number(trend, "last", t.last());
        JsonFields.number(trend, "min", t.min());
        JsonFields.number(trend, "max", t.max());
        JsonFields.number(trend, "previousMedian", t.previousMedian());
        trend.put("previousRuns", t.previousRuns());
        JsonFields.number(trend, "latestChange", t.latestChange());
        trend.put("latestShift", t.latestShift().word());
        ArrayNode cps = o.putArray("changePoints");
        for (ChangePoint cp : sr.changePoints()) {
            ObjectNode c = cps.addObject();
            c.put("index", cp.index());
            c.put("run", cp.runId());
            JsonFields.number(c, "before", cp.before());
            JsonFields.number(c, "after", cp.after());
            JsonFields.number(c, "change", cp.change());
            c.put("shift", cp.shift().word());
            JsonFields.number(c, "pValue", cp.pValue());
            JsonFields.number(c, "statistic", cp.statistic());
        }
        return o;
    }
}
