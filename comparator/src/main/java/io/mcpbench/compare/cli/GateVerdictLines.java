package io.mcpbench.compare.cli;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.LimitCheck;
import io.mcpbench.compare.model.OneLine;
import io.mcpbench.compare.policy.Outcome;
import io.mcpbench.compare.settings.Settings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines {@code gate} writes on standard error beside its report: one line per reason the gate
 * failed closed (exit 3), one warning when gated rows were left unsettled under {@code warn}, and
 * one per gated metric name of the policy that matched no row (a misspelled name gates nothing),
 * so a CI log says why without opening a report.
 */
final class GateVerdictLines {

    private static final int NAMES = 3;

    private GateVerdictLines() {
    }

    static void print(PrintWriter err, GateResult gate, Settings settings) {
        List<RowComparison> few = rows(gate, Outcome.CANNOT_GATE);
        if (!few.isEmpty()) {
            err.println("comparator: cannot gate: " + few.size() + " gated row(s) have fewer than 2 settled forks a side ("
                    + names(few) + "); one fork cannot show how far two JVMs differ: run at least 3 forks (-f 3), "
                    + "or set \"tooFewForks\": \"pass\" for runs that only check that everything runs");
        }
        List<RowComparison> untrusted = rows(gate, Outcome.UNTRUSTED);
        if (!untrusted.isEmpty()) {
            err.println("comparator: cannot gate: " + untrusted.size() + " gated row(s) cannot be trusted ("
                    + names(untrusted) + "): " + untrusted.get(0).note());
        }
        for (LimitCheck c : gate.limitChecks()) {
            if (!c.checked()) {
                err.println("comparator: cannot gate: limit " + c.limit().threshold() + " (" + c.limit().source()
                        + ") not checked on " + c.key().displayName() + ": " + c.problem());
            }
        }
        List<RowComparison> warned = rows(gate, Outcome.WARN);
        if (!warned.isEmpty()) {
            double worst = 0;
            for (RowComparison r : warned) {
                if (Double.isFinite(r.detectable())) worst = Math.max(worst, r.detectable());
            }
            err.println(String.format(Locale.ROOT, "comparator: warning: %d gated row(s) INCONCLUSIVE (%s): passed under "
                    + "\"inconclusive\": \"warn\"; this run could have missed a change of up to %.1f%% in them",
                    warned.size(), names(warned), worst * 100));
        }
        for (String name : unmatchedGatedMetrics(gate, settings)) {
            err.println("comparator: warning: gated metric \"" + OneLine.of(name) + "\" matched no row of this run "
                    + "(a typo gates nothing; a metric this run did not measure is fine)");
        }
        err.flush();
    }

    /** The gated metric names of the settings (defaults and overrides) that no compared row carries. */
    static List<String> unmatchedGatedMetrics(GateResult gate, Settings settings) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(settings.gatedMetrics());
        for (io.mcpbench.compare.settings.BenchmarkOverride o : settings.overrides()) {
            if (o.gatedMetrics() != null) names.addAll(o.gatedMetrics());
        }
        List<String> out = new ArrayList<>();
        for (String name : names) {
            boolean matched = false;
            for (GatedRow r : gate.rows()) {
                if (io.mcpbench.compare.jmh.MetricNames.matches(name, r.comparison().key().metric())) {
                    matched = true;
                    break;
                }
            }
            if (!matched) out.add(name);
        }
        return out;
    }

    private static List<RowComparison> rows(GateResult gate, Outcome outcome) {
        List<RowComparison> out = new ArrayList<>();
        for (GatedRow r : gate.rows()) {
            if (r.outcome() == outcome) out.add(r.comparison());
        }
        return out;
    }

    private static String names(List<RowComparison> rows) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(NAMES, rows.size()); i++) {
            if (i > 0) sb.append(", ");
            sb.append(rows.get(i).key().displayName());
        }
        if (rows.size() > NAMES) sb.append(", and ").append(rows.size() - NAMES).append(" more");
        return OneLine.of(sb.toString());
    }
}
