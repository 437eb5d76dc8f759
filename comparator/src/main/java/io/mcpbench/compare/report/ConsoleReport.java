package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.Limit;
import io.mcpbench.compare.policy.LimitCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The terminal table, in the spirit of benchstat: one aligned row per compared row (name, base,
 * candidate, change of the value, its interval, p and q, forks, verdict), then a footer with the
 * verdict counts, the geometric mean, limits, allowances and environment notes. It reads the same
 * without colour; with colour (only when asked, for a terminal) verdicts are tinted.
 *
 * <p>To be read at a glance, the package all benchmarks share is named once above the table
 * instead of on every line, and secondary metrics that are not gated and did not get worse (GC
 * churn, counts, times) are left out unless asked for; the footer says how many were left out. Every
 * row is still counted, and the file formats always hold them all.
 */
public final class ConsoleReport implements ReportWriter {

    private static final String[] HEADER = {"benchmark", "base", "candidate", "change", "interval", "p", "q", "forks", "verdict"};
    private static final String RESET = "\u001b[0m";

    private final boolean colour;
    private final boolean allMetrics;

    /** A table with every gated or failing row and every primary score. */
    public ConsoleReport(boolean colour) {
        this(colour, false);
    }

    /** A table that, with {@code allMetrics}, also shows ungated secondary metrics. */
    public ConsoleReport(boolean colour, boolean allMetrics) {
        this.colour = colour;
        this.allMetrics = allMetrics;
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        GateResult gate = report.gate();
        out.append("baseline:  ").append(report.baseline()).append('\n');
        out.append("candidate: ").append(report.candidate()).append('\n');
        List<GatedRow> ordered = new ArrayList<>();
        for (GatedRow r : Rows.displayOrder(gate.rows())) {
            if (allMetrics || shown(r)) {
                ordered.add(r);
            }
        }
        String prefix = commonPackage(ordered);
        if (!prefix.isEmpty()) {
            out.append("package:   ").append(prefix, 0, prefix.length() - 1).append('\n');
        }
        out.append('\n');
        List<String[]> table = new ArrayList<>();
        table.add(HEADER);
        for (GatedRow r : ordered) {
            RowComparison c = r.comparison();
            table.add(new String[] {
                c.key().displayName().substring(prefix.length()),
                HumanUnits.format(c.baseScore(), c.unit()),
                HumanUnits.format(c.candScore(), c.unit()),
                HumanUnits.percent(Rows.valueChange(c)),
                Rows.interval(c),
                HumanUnits.pValue(c.pValue()),
                HumanUnits.pValue(c.qValue()),
                Rows.forks(c),
                Rows.verdictCell(r)});
        }
        int[] width = new int[HEADER.length];
        for (String[] row : table) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        for (int r = 0; r < table.size(); r++) {
            String[] row = table.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean last = i == row.length - 1;
                boolean left = i == 0 || last;
                String cell = left ? padRight(row[i], last ? 0 : width[i]) : padLeft(row[i], width[i]);
                if (last && r > 0) cell = tint(ordered.get(r - 1), cell);
                line.append(cell);
                if (!last) line.append("  ");
            }
            out.append(stripTrailing(line)).append('\n');
        }
        out.append('\n');
        int hidden = gate.rows().size() - ordered.size();
        if (hidden > 0) {
            out.append(Integer.toString(hidden))
                    .append(" ungated secondary metric rows not shown (--all-metrics shows them)\n");
        }
        footer(report, out);
    }

    /** Primary scores, and any row that is gated, fails, is allowed, or is an ungated regression or absence. */
    private static boolean shown(GatedRow r) {
        return r.comparison().key().isPrimary() || r.gated() || r.fails() || r.allowedReason() != null || r.ungatedBad();
    }

    /** {@link Rows#commonPackage} of the rows' benchmark names. */
    static String commonPackage(List<GatedRow> rows) {
        List<String> names = new ArrayList<>(rows.size());
        for (GatedRow r : rows) names.add(r.comparison().key().benchmark());
        return Rows.commonPackage(names);
    }

    private void footer(Report report, Appendable out) throws IOException {
        GateResult gate = report.gate();
        Map<Verdict, Integer> counts = gate.verdictCounts();
        out.append(String.format(java.util.Locale.ROOT, "%d rows: %d regressed, %d improved, %d equivalent, %d inconclusive, %d missing, %d new",
                gate.rows().size(), counts.get(Verdict.REGRESSED), counts.get(Verdict.IMPROVED), counts.get(Verdict.EQUIVALENT),
                counts.get(Verdict.INCONCLUSIVE), counts.get(Verdict.MISSING), counts.get(Verdict.NEW))).append('\n');
        RowComparison g = report.geometricMean();
        if (g != null && !Double.isNaN(g.ratio())) {
            out.append("geomean (primary rows, + = worse): ").append(HumanUnits.percent(g.ratio() - 1));
            if (!Double.isNaN(g.ciLow())) {
                out.append(" [").append(HumanUnits.percent(g.ciLow() - 1)).append(", ")
                        .append(HumanUnits.percent(g.ciHigh() - 1)).append(']');
            }
            out.append('\n');
        }
        for (GatedRow r : gate.rows()) {
            if (r.allowedReason() != null) {
                out.append("allowed: ").append(r.comparison().key().displayName()).append(": ").append(r.allowedReason()).append('\n');
            }
        }
        int held = 0;
        for (LimitCheck c : gate.limitChecks()) {
            if (c.passed()) {
                held++;
            } else {
                out.append("limit violated: ").append(Limits.describe(c)).append('\n');
            }
        }
        if (!gate.limitChecks().isEmpty()) {
            out.append("limits: ").append(Integer.toString(held)).append(" of ")
                    .append(Integer.toString(gate.limitChecks().size())).append(" checks held\n");
        }
        for (Limit l : gate.unmatchedLimits()) {
            if (l.plan() != null) continue; // the plan's table says which criteria did not run
            out.append("limit not checked (no matching row): ").append(l.threshold().expression())
                    .append(" on ").append(l.benchmark().pattern()).append(" (").append(l.source()).append(")\n");
        }
        out.append(PlanText.console(report.plan(), false));
        for (String e : report.notes()) {
            out.append("environment: ").append(e).append('\n');
        }
        if (report.gating()) {
            out.append("gate: ").append(Limits.verdictLine(gate)).append('\n');
        }
    }

    private String tint(GatedRow r, String cell) {
        if (!colour) return cell;
        String code;
        if (r.fails()) {
            code = "\u001b[1;31m";
        } else if (r.allowedReason() != null || r.ungatedBad() || r.comparison().verdict() == Verdict.INCONCLUSIVE) {
            code = "\u001b[33m";
        } else if (r.comparison().verdict() == Verdict.IMPROVED) {
            code = "\u001b[32m";
        } else {
            return cell;
        }
        return code + cell + RESET;
    }

    private static String padRight(String s, int w) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < w) sb.append(' ');
        return sb.toString();
    }

    private static String padLeft(String s, int w) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < w; i++) sb.append(' ');
        return sb.append(s).toString();
    }

    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        return sb.substring(0, end);
    }
}
