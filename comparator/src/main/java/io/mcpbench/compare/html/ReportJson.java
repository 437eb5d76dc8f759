package io.mcpbench.compare.html;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.analysis.RowEvidence;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.report.JsonFields;
import io.mcpbench.compare.report.Report;
import java.util.List;
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

    /** The JSON text for {@code report}, with rows in the order of {@code ordered} and {@code trends} as its history. */
    static String of(Report report, List<RowComparison> ordered, Trends trends) {
        ComparisonResult result = report.comparison();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", report.heading());
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
            JsonFields.number(gm, "ratio", g.ratio());
            JsonFields.number(gm, "ciLow", g.ciLow());
            JsonFields.number(gm, "ciHigh", g.ciHigh());
            gm.put("verdict", g.verdict().name());
            gm.put("rows", g.baseForks());
            gm.put("note", g.note());
        }
        ArrayNode rows = root.putArray("rows");
        for (RowComparison r : ordered) {
            rows.add(row(r, result.evidence(r.key()), report));
        }
        root.set("history", trends.isEmpty() ? null : trends(trends));
        return MAPPER.writeValueAsString(root);
    }

    /** The id that ties a row to its trend line: display name and mode (the name omits the mode). */
    static String id(RowKey key) {
        return key.displayName() + " " + key.mode();
    }

    private static ObjectNode row(RowComparison r, RowEvidence e, Report report) {
        ObjectNode o = MAPPER.createObjectNode();
        RowKey k = r.key();
        o.put("id", id(k));
        JsonFields.key(o, k);
        o.put("unit", r.unit());
        o.put("lowerIsBetter", r.direction() == Direction.LOWER_IS_BETTER);
        o.put("direction", r.direction().name());
        JsonFields.number(o, "base", r.baseScore());
        JsonFields.number(o, "cand", r.candScore());
        JsonFields.number(o, "ratio", r.ratio());
        JsonFields.number(o, "ciLow", r.ciLow());
        JsonFields.number(o, "ciHigh", r.ciHigh());
        JsonFields.number(o, "confidence", r.confidence());
        JsonFields.number(o, "change", r.change());
        JsonFields.number(o, "p", r.pValue());
        JsonFields.number(o, "q", r.qValue());
        o.put("baseForks", r.baseForks());
        o.put("candForks", r.candForks());
        o.put("undecided", r.undecided().name());
        o.put("forksToSettle", r.forksToSettle());
        JsonFields.number(o, "detectable", r.detectable());
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
        o.put("noiseFloor", report.settings().forBenchmark(k.benchmark()).noiseFloor());
        if (e != null) {
            JsonFields.numbers(o.putArray("baseMeans"), e.baseForkMeans());
            JsonFields.numbers(o.putArray("candMeans"), e.candForkMeans());
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
            JsonFields.numbers(s.putArray("y"), l.values());
            ArrayNode changes = s.putArray("changes");
            for (TrendLine.ChangeMark c : l.changes()) {
                ObjectNode cm = changes.addObject();
                cm.put("i", c.index());
                JsonFields.number(cm, "change", c.change());
                cm.put("regression", c.regression());
                JsonFields.number(cm, "p", c.pValue());
            }
        }
        return o;
    }
}
