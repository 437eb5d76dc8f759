package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.LimitCheck;
import java.io.IOException;
import java.util.Map;

/**
 * A GitHub-flavoured Markdown summary for pull requests and {@code $GITHUB_STEP_SUMMARY}: a
 * one-line outcome, a table with the worst rows first (failing, allowed, ungated, inconclusive,
 * then the rest), the limits, and notes. Cell text is escaped so a pipe in a parameter value
 * cannot break the table.
 */
public final class MarkdownReport implements ReportWriter {

    @Override
    public void write(Report report, Appendable out) throws IOException {
        GateResult gate = report.gate();
        Map<Verdict, Integer> counts = gate.verdictCounts();
        out.append("### Benchmark comparison");
        if (report.gating()) out.append(": ").append(gate.passed() ? "PASS" : "FAIL");
        out.append("\n\n");
        out.append("Baseline `").append(code(report.baseline())).append("`, candidate `").append(code(report.candidate()))
                .append("`. ");
        out.append(String.format(java.util.Locale.ROOT, "%d regressed, %d improved, %d equivalent, %d inconclusive, %d missing, %d new",
                counts.get(Verdict.REGRESSED), counts.get(Verdict.IMPROVED), counts.get(Verdict.EQUIVALENT),
                counts.get(Verdict.INCONCLUSIVE), counts.get(Verdict.MISSING), counts.get(Verdict.NEW)));
        RowComparison g = report.geometricMean();
        if (g != null && !Double.isNaN(g.ratio())) {
            out.append("; geomean ").append(HumanUnits.percent(g.ratio() - 1)).append(" (+ = worse)");
        }
        out.append(".\n\n");
        out.append("| benchmark | base | candidate | change | interval | p | q | forks | verdict |\n");
        out.append("|---|---:|---:|---:|---|---:|---:|---:|---|\n");
        for (GatedRow r : Rows.worstFirst(gate.rows())) {
            RowComparison c = r.comparison();
            String verdict = Rows.verdictCell(r);
            if (r.fails()) verdict = "**" + verdict + "**";
            if (r.allowedReason() != null) verdict = verdict + ": " + r.allowedReason();
            out.append("| ").append(cell("`" + c.key().displayName() + "`"))
                    .append(" | ").append(cell(HumanUnits.format(c.baseScore(), c.unit())))
                    .append(" | ").append(cell(HumanUnits.format(c.candScore(), c.unit())))
                    .append(" | ").append(cell(HumanUnits.percent(Rows.valueChange(c))))
                    .append(" | ").append(cell(Rows.interval(c)))
                    .append(" | ").append(cell(HumanUnits.pValue(c.pValue())))
                    .append(" | ").append(cell(HumanUnits.pValue(c.qValue())))
                    .append(" | ").append(Rows.forks(c))
                    .append(" | ").append(cell(verdict)).append(" |\n");
        }
        if (!gate.limitChecks().isEmpty() || !gate.unmatchedLimits().isEmpty()) {
            out.append("\n**Limits**\n\n");
            for (LimitCheck c : gate.limitChecks()) {
                out.append("- ").append(c.passed() ? "held: " : "**violated**: ").append(escape(Limits.describe(c))).append('\n');
            }
            for (io.mcpbench.compare.policy.Limit l : gate.unmatchedLimits()) {
                out.append("- not checked (no matching row): `").append(code(l.threshold().expression())).append("` on `")
                        .append(code(l.benchmark().pattern())).append("` (").append(escape(l.source())).append(")\n");
            }
        }
        if (!report.environment().isEmpty()) {
            out.append("\n**Environment**\n\n");
            for (String e : report.environment()) out.append("- ").append(escape(e)).append('\n');
        }
    }

    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }

    private static String escape(String s) {
        return cell(s).replace("*", "\\*").replace("_", "\\_");
    }

    static String code(String s) {
        return s.replace("`", "'");
    }
}
