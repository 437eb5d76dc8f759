package io.mcpbench.compare.cli;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.LimitCheck;
import io.mcpbench.compare.policy.Outcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines {@code gate} writes on standard error beside its report: one line per reason the gate
 * failed closed (exit 3), and one warning when gated rows were left unsettled under {@code warn},
 * so a CI log says why without opening a report.
 */
final class GateVerdictLines {

    private static final int NAMES = 3;

    private GateVerdictLines() {
    }

    static void print(PrintWriter err, GateResult gate) {
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
        err.flush();
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
        return io.mcpbench.compare.model.OneLine.of(sb.toString());
    }
}
