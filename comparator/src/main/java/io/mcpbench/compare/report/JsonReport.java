package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.plan.Criterion;
import io.mcpbench.compare.plan.PlanStatus;
import io.mcpbench.compare.plan.PlanTable;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.Limit;
import io.mcpbench.compare.policy.LimitCheck;
import io.mcpbench.compare.schema.DocumentSchema;
import java.io.IOException;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable report, of the schema {@link DocumentSchema#COMPARISON} (the fields are
 * documented in {@code comparator/README.md} and in the schema file). Numbers are in each row's
 * unit; values that do not apply (NaN) are {@code null}.
 */
public final class JsonReport implements ReportWriter {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public void write(Report report, Appendable out) throws IOException {
        out.append(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report))).append('\n');
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(Report report) {
        GateResult gate = report.gate();
        ObjectNode root = DocumentSchema.COMPARISON.stamp(JSON.createObjectNode());
        root.put("baseline", report.baseline());
        root.put("candidate", report.candidate());
        ObjectNode settings = root.putObject("settings");
        for (Map.Entry<String, Object> e : report.settingsShown().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Number) {
                setting(settings, e.getKey(), (Number) v);
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
            JsonFields.number(gm, "ratio", g.ratio());
            JsonFields.number(gm, "ciLow", g.ciLow());
            JsonFields.number(gm, "ciHigh", g.ciHigh());
        }
        ArrayNode rows = root.putArray("rows");
        for (GatedRow r : Rows.displayOrder(gate.rows())) rows.add(row(r));
        ArrayNode limits = root.putArray("limits");
        for (LimitCheck c : gate.limitChecks()) limits.add(check(c));
        ArrayNode unmatched = root.putArray("uncheckedLimits");
        for (Limit l : gate.unmatchedLimits()) {
            ObjectNode u = unmatched.addObject();
            u.put("threshold", l.threshold().expression());
            u.put("benchmarks", l.scope());
            u.put("source", l.source());
        }
        plan(root, report.plan());
        ArrayNode env = root.putArray("environment");
        for (String e : report.notes()) env.add(e);
        return root;
    }

    /**
     * {@code plan}: null without one, else the counts and per criterion its status, target, the
     * value shown (the deciding check) and every check, and the limits that named no row.
     */
    public static void plan(ObjectNode root, PlanTable plan) {
        if (plan.isEmpty()) {
            root.putNull("plan");
            return;
        }
        ObjectNode p = root.putObject("plan");
        p.put("met", plan.met());
        p.put("notMet", plan.count(PlanStatus.NOT_MET));
        p.put("notMeasured", plan.count(PlanStatus.NOT_MEASURED));
        ArrayNode criteria = p.putArray("criteria");
        for (Criterion c : plan.criteria()) {
            ObjectNode n = criteria.addObject();
            n.put("criterion", c.name());
            n.put("target", c.target());
            n.put("status", c.status().name());
            LimitCheck shown = c.shown();
            if (shown == null) {
                n.putNull("shown");
            } else {
                n.set("shown", check(shown));
            }
            ArrayNode checks = n.putArray("checks");
            for (LimitCheck k : c.checks()) checks.add(check(k));
            ArrayNode missing = n.putArray("notMeasured");
            for (Limit l : c.unmeasured()) missing.add(l.threshold().expression() + " on " + l.scope());
        }
    }

    private static ObjectNode check(LimitCheck c) {
        ObjectNode l = JSON.createObjectNode();
        l.put("threshold", c.limit().threshold().expression());
        l.put("benchmarks", c.limit().scope());
        l.put("source", c.limit().source());
        l.put("row", c.key().displayName());
        JsonFields.number(l, "value", c.value());
        JsonFields.number(l, "bound", c.bound());
        l.put("unit", c.unit());
        l.put("passed", c.passed());
        if (c.problem() == null) {
            l.putNull("problem");
        } else {
            l.put("problem", c.problem());
        }
        return l;
    }

    private static ObjectNode row(GatedRow r) {
        RowComparison c = r.comparison();
        ObjectNode n = JSON.createObjectNode();
        JsonFields.key(n, c.key());
        n.put("unit", c.unit());
        n.put("direction", c.direction().name());
        JsonFields.number(n, "baseScore", c.baseScore());
        JsonFields.number(n, "candScore", c.candScore());
        JsonFields.number(n, "ratio", c.ratio());
        JsonFields.number(n, "ciLow", c.ciLow());
        JsonFields.number(n, "ciHigh", c.ciHigh());
        JsonFields.number(n, "ciLevel", c.confidence());
        JsonFields.number(n, "change", c.change());
        JsonFields.number(n, "pValue", c.pValue());
        JsonFields.number(n, "qValue", c.qValue());
        n.put("baseForks", c.baseForks());
        n.put("candForks", c.candForks());
        n.put("method", c.method());
        n.put("undecided", c.undecided().name());
        n.put("forksToSettle", c.forksToSettle());
        JsonFields.number(n, "detectable", c.detectable());
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

    /** A whole number as one (the count of environment limits), any other number as {@link JsonFields#number}. */
    private static void setting(ObjectNode node, String name, Number v) {
        if (v instanceof Integer || v instanceof Long) {
            node.put(name, v.longValue());
        } else {
            JsonFields.number(node, name, v.doubleValue());
        }
    }
}
