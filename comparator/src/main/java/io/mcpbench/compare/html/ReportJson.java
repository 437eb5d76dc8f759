package io.mcpbench.compare.html;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.analysis.RowEvidence;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data block the page's script draws from: every row (in {@link RowOrder}) with its numbers,
 * noise band, evidence and fork means, the summary, and the trend lines. Numbers that do not
 * apply (NaN, infinities) are JSON nulls. The result is plain JSON; {@link HtmlEscape#scriptJson}
 * makes it safe to embed.
 */
final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {
    }

    /** The JSON text for {@code report}, with rows in the order of {@code ordered}. */
    static String of(HtmlReport report, List<RowComparison> ordered) {
        ComparisonResult result = report.result();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", report.title());
        root.put("baseline", report.baseline());
        root.put("candidate", report.candidate());
        ObjectNode counts = root.putObject("counts");
        for (Verdict v : Verdict.values()) {
            counts.put(v.name(), result.count(v));
        }
        RowComparison g = result.geometricMean();
        if (g == null) {
            root.putNull("geomean");
        } else {
            ObjectNode gm = root.putObject("geomean");
            number(gm, "ratio", g.ratio());
            number(gm, "ciLow", g.ciLow());
            number(gm, "ciHigh", g.ciHigh());
            gm.put("verdict", g.verdict().name());
            gm.put("rows", g.baseForks());
            gm.put("note", g.note());
        }
        ArrayNode rows = root.putArray("rows");
        for (RowComparison r : ordered) {
            rows.add(row(r, result.evidence(r.key()), report));
        }
        root.set("history", report.trends().isEmpty() ? null : trends(report.trends()));
        return MAPPER.writeValueAsString(root);
    }

    /** The id that ties a row to its trend line: display name and mode (the name omits the mode). */
    static String id(RowKey key) {
        return key.displayName() + " " + key.mode();
    }

    private static ObjectNode row(RowComparison r, RowEvidence e, HtmlReport report) {
        ObjectNode o = MAPPER.createObjectNode();
        RowKey k = r.key();
        o.put("id", id(k));
        o.put("name", k.displayName());
        o.put("benchmark", k.benchmark());
        o.put("mode", k.mode());
        ObjectNode params = o.putObject("params");
        for (Map.Entry<String, String> p : k.params().entrySet()) {
            params.put(p.getKey(), p.getValue());
        }
        o.put("threads", k.threads());
        o.put("metric", k.metric());
        o.put("unit", r.unit());
        o.put("lowerIsBetter", r.direction() == Direction.LOWER_IS_BETTER);
        o.put("direction", r.direction().name());
        number(o, "base", r.baseScore());
        number(o, "cand", r.candScore());
        number(o, "ratio", r.ratio());
        number(o, "ciLow", r.ciLow());
        number(o, "ciHigh", r.ciHigh());
        number(o, "confidence", r.confidence());
        number(o, "change", r.change());
        number(o, "p", r.pValue());
        number(o, "q", r.qValue());
        o.put("baseForks", r.baseForks());
        o.put("candForks", r.candForks());
        o.put("undecided", r.undecided().name());
        o.put("forksToSettle", r.forksToSettle());
        number(o, "detectable", r.detectable());
        o.put("method", r.method());
        ObjectNode steady = o.putObject("steady");
        steady.put("baseDropped", r.steady().baseDropped());
        steady.put("candDropped", r.steady().candDropped());
        steady.put("baseUnsteady", r.steady().baseUnsteady());
        steady.put("candUnsteady", r.steady().candUnsteady());
        steady.put("mostlyUnsteady", r.steady().mostlyUnsteady());
        o.put("verdict", r.verdict().name());
        o.put("rank", RowOrder.rank(r.verdict()));
        o.put("note", r.note());
        o.put("noiseFloor", report.settings().settings(k).noiseFloor());
        if (e != null) {
            numbers(o.putArray("baseMeans"), e.baseForkMeans());
            numbers(o.putArray("candMeans"), e.candForkMeans());
        }
        return o;
    }

    private static ObjectNode trends(Trends t) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode runs = o.putArray("runs");
        for (String r : t.runs()) {
            runs.add(r);
        }
        ArrayNode series = o.putArray("series");
        for (TrendLine l : t.lines()) {
            ObjectNode s = series.addObject();
            s.put("id", id(l.key()));
            s.put("name", l.key().displayName());
            s.put("mode", l.key().mode());
            s.put("unit", l.unit());
            ArrayNode x = s.putArray("x");
            for (int i : l.runIndex()) {
                x.add(i);
            }
            numbers(s.putArray("y"), l.values());
            ArrayNode changes = s.putArray("changes");
            for (TrendLine.ChangeMark c : l.changes()) {
                ObjectNode cm = changes.addObject();
                cm.put("i", c.index());
                number(cm, "change", c.change());
                cm.put("regression", c.regression());
                number(cm, "p", c.pValue());
            }
        }
        return o;
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    private static void numbers(ArrayNode a, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) a.add(v); else a.addNull();
        }
    }
}
