package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.Limit;
import io.mcpbench.compare.policy.LimitCheck;
import java.io.IOException;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable report. Field names are stable (documented in {@code comparator/README.md});
 * {@code schema} names the version of this shape. Numbers are in each row's unit; values that do
 * not apply (NaN) are {@code null}.
 */
public final class JsonReport implements ReportWriter {

    /** The shape's name and version. */
    public static final String SCHEMA = "mcpbench-comparison/1";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public void write(Report report, Appendable out) throws IOException {
        out.append(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report))).append('\n');
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(Report report) {
        GateResult gate = report.gate();
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("baseline", report.baseline());
        root.put("candidate", report.candidate());
        ObjectNode settings = root.putObject("settings");
        for (Map.Entry<String, Object> e : report.settings().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Number) {
                number(settings, e.getKey(), ((Number) v).doubleValue(), v);
            } else if (v instanceof Boolean) {
                settings.put(e.getKey(), (Boolean) v);
            } else {
                settings.put(e.getKey(), v == null ? null : v.toString());
            }
        }
        root.put("gating", report.gating());
        root.put("passed", gate.passed());
        root.put("failingRows", gate.failingRows());
        root.put("violatedLimits", gate.violatedLimits());
        root.put("allowedRows", gate.allowedRows());
        ObjectNode counts = root.putObject("counts");
        for (Map.Entry<Verdict, Integer> e : gate.verdictCounts().entrySet()) counts.put(e.getKey().name(), e.getValue());
        RowComparison g = report.geometricMean();
        if (g == null) {
            root.putNull("geometricMean");
        } else {
            ObjectNode gm = root.putObject("geometricMean");
            number(gm, "ratio", g.ratio(), null);
            number(gm, "ciLow", g.ciLow(), null);
            number(gm, "ciHigh", g.ciHigh(), null);
        }
        ArrayNode rows = root.putArray("rows");
        for (GatedRow r : Rows.displayOrder(gate.rows())) rows.add(row(r));
        ArrayNode limits = root.putArray("limits");
        for (LimitCheck c : gate.limitChecks()) {
            ObjectNode l = limits.addObject();
            l.put("threshold", c.limit().threshold().expression());
            l.put("benchmarks", c.limit().benchmark().pattern());
            l.put("source", c.limit().source());
            l.put("row", c.key().displayName());
            number(l, "value", c.value(), null);
            number(l, "bound", c.bound(), null);
            l.put("unit", c.unit());
            l.put("passed", c.passed());
        }
        ArrayNode unmatched = root.putArray("uncheckedLimits");
        for (Limit l : gate.unmatchedLimits()) {
            ObjectNode u = unmatched.addObject();
            u.put("threshold", l.threshold().expression());
            u.put("benchmarks", l.benchmark().pattern());
            u.put("source", l.source());
        }
        ArrayNode env = root.putArray("environment");
        for (String e : report.environment()) env.add(e);
        return root;
    }

    private static ObjectNode row(GatedRow r) {
        RowComparison c = r.comparison();
        ObjectNode n = JSON.createObjectNode();
        n.put("name", c.key().displayName());
        n.put("benchmark", c.key().benchmark());
        n.put("mode", c.key().mode());
        ObjectNode params = n.putObject("params");
        for (Map.Entry<String, String> e : c.key().params().entrySet()) params.put(e.getKey(), e.getValue());
        n.put("threads", c.key().threads());
        n.put("metric", c.key().metric());
        n.put("unit", c.unit());
        n.put("direction", c.direction().name());
        number(n, "baseScore", c.baseScore(), null);
        number(n, "candScore", c.candScore(), null);
        number(n, "ratio", c.ratio(), null);
        number(n, "ciLow", c.ciLow(), null);
        number(n, "ciHigh", c.ciHigh(), null);
        number(n, "ciLevel", c.confidence(), null);
        number(n, "change", c.change(), null);
        number(n, "pValue", c.pValue(), null);
        number(n, "qValue", c.qValue(), null);
        n.put("baseForks", c.baseForks());
        n.put("candForks", c.candForks());
        n.put("method", c.method());
        n.put("undecided", c.undecided().name());
        n.put("forksToSettle", c.forksToSettle());
        number(n, "detectable", c.detectable(), null);
        ObjectNode steady = n.putObject("steady");
        steady.put("baseDroppedIterations", c.steady().baseDropped());
        steady.put("candDroppedIterations", c.steady().candDropped());
        steady.put("baseUnsteadyForks", c.steady().baseUnsteady());
        steady.put("candUnsteadyForks", c.steady().candUnsteady());
        steady.put("mostlyUnsteady", c.steady().mostlyUnsteady());
        n.put("verdict", c.verdict().name());
        n.put("status", r.label());
        n.put("gated", r.gated());
        n.put("fails", r.fails());
        n.put("outcome", r.outcome().name());
        if (r.allowedReason() == null) {
            n.putNull("allowedReason");
        } else {
            n.put("allowedReason", r.allowedReason());
        }
        n.put("note", c.note() == null ? "" : c.note());
        return n;
    }

    private static void number(ObjectNode node, String name, double v, Object original) {
        if (!Double.isFinite(v)) {
            node.putNull(name);
        } else if (original instanceof Integer || original instanceof Long) {
            node.put(name, ((Number) original).longValue());
        } else {
            node.put(name, v);
        }
    }
}
