package io.mcpbench.compare.report;

import io.mcpbench.compare.markdown.Markdown;
import io.mcpbench.compare.markdown.MarkdownPage;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.plan.PlanTable;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.Limit;
import io.mcpbench.compare.policy.LimitCheck;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * A GitHub-flavoured Markdown summary for pull requests and {@code $GITHUB_STEP_SUMMARY}: a
 * one-line outcome, a table with the worst rows first (failing, allowed, ungated, inconclusive,
 * then the rest) that says per gated row the smallest change the run could have shown (what
 * "no regression" means for it), the limits, and notes. Every name and reason is written with {@link Markdown}, so
 * a renderer shows it exactly as it is in the result and policy files, and the page is a
 * {@link MarkdownPage}: a summary too long for GitHub loses its last (least worrying) rows, and
 * says so, rather than being refused whole.
 */
public final class MarkdownReport implements ReportWriter {

    /** Where every row is, when the reports written with this one are not known. */
    public static final String EVERY_ROW = "Every row is in the json, csv and junit reports (--report json=FILE).";

    private final String whereAll;
    private final int maxBytes;

    /** A report that, when cut, points at the other report formats. */
    public MarkdownReport() {
        this(EVERY_ROW);
    }

    /** A report that, when cut, ends its notice with {@code whereAll} (Markdown: where every row is). */
    public MarkdownReport(String whereAll) {
        this(whereAll, MarkdownPage.MAX_BYTES);
    }

    MarkdownReport(String whereAll, int maxBytes) {
        this.whereAll = whereAll;
        this.maxBytes = maxBytes;
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        GateResult gate = report.gate();
        Map<Verdict, Integer> counts = gate.verdictCounts();
        StringBuilder head = new StringBuilder("### Benchmark comparison");
        if (report.gating()) head.append(": ").append(gate.passed() ? "PASS" : "FAIL");
        head.append("\n\n");
        head.append("Baseline ").append(Markdown.code(report.baseline())).append(", candidate ")
                .append(Markdown.code(report.candidate())).append(". ");
        head.append(String.format(Locale.ROOT, "%d regressed, %d improved, %d equivalent, %d inconclusive, %d missing, %d new",
                counts.get(Verdict.REGRESSED), counts.get(Verdict.IMPROVED), counts.get(Verdict.EQUIVALENT),
                counts.get(Verdict.INCONCLUSIVE), counts.get(Verdict.MISSING), counts.get(Verdict.NEW)));
        RowComparison g = report.geometricMean();
        if (g != null && !Double.isNaN(g.ratio())) {
            head.append("; geomean ").append(Markdown.text(HumanUnits.percent(g.ratio() - 1) + " (+ = worse)"));
        }
        head.append(".\n\n");
        head.append("| benchmark | base | candidate | change | interval | p | q | forks | could show | verdict |\n");
        head.append("|---|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
        MarkdownPage page = new MarkdownPage().text(head.toString());
        MarkdownPage.Lines rows = page.lines("rows");
        for (GatedRow r : Rows.worstFirst(gate.rows())) rows.add(row(r));
        boolean otherUnmatched = gate.unmatchedLimits().stream().anyMatch(l -> l.plan() == null);
        if (!gate.limitChecks().isEmpty() || otherUnmatched) {
            page.text("\n**Limits**\n\n");
            MarkdownPage.Lines limits = page.lines("limit checks");
            for (LimitCheck c : gate.limitChecks()) {
                if (!c.checked()) {
                    limits.add("- **not checked** (fails the gate): " + Markdown.code(c.limit().threshold().expression())
                            + " on " + Markdown.code(c.key().displayName()) + ": " + Markdown.text(c.problem()) + "\n");
                } else if (!c.passed()) {
                    limits.add("- **violated**: " + Markdown.text(Limits.describe(c)) + "\n");
                }
            }
            for (Limit l : gate.unmatchedLimits()) {
                if (l.plan() != null) continue; // listed in the plan's table
                limits.add("- not checked (no matching row): " + Markdown.code(l.threshold().expression()) + " on "
                        + Markdown.code(l.benchmark().pattern()) + " (" + Markdown.text(l.source()) + ")\n");
            }
            for (LimitCheck c : gate.limitChecks()) {
                if (c.passed()) limits.add("- held: " + Markdown.text(Limits.describe(c)) + "\n");
            }
        }
        PlanTable plan = report.plan();
        if (!plan.isEmpty()) {
            page.text("\n" + PlanText.markdownHeadline(plan, false));
            if (!PlanText.nothingRan(plan)) {
                page.text(PlanText.markdownHead());
                MarkdownPage.Lines criteria = page.lines("plan criteria");
                for (String line : PlanText.markdownRows(plan)) criteria.add(line);
            }
        }
        if (!report.notes().isEmpty()) {
            StringBuilder env = new StringBuilder("\n**Environment**\n\n");
            for (String e : report.notes()) env.append("- ").append(Markdown.text(e)).append('\n');
            page.text(env.toString());
        }
        out.append(page.render(maxBytes, whereAll));
    }

    private static String row(GatedRow r) {
        RowComparison c = r.comparison();
        String verdict = Markdown.cell(Rows.verdictCell(r));
        if (r.fails()) verdict = "**" + verdict + "**";
        if (r.allowedReason() != null) verdict = verdict + ": " + Markdown.cell(r.allowedReason());
        return "| " + Markdown.cellCode(c.key().displayName())
                + " | " + Markdown.cell(HumanUnits.format(c.baseScore(), c.unit()))
                + " | " + Markdown.cell(HumanUnits.format(c.candScore(), c.unit()))
                + " | " + Markdown.cell(HumanUnits.percent(Rows.valueChange(c)))
                + " | " + Markdown.cell(Rows.interval(c))
                + " | " + Markdown.cell(HumanUnits.pValue(c.pValue()))
                + " | " + Markdown.cell(HumanUnits.pValue(c.qValue()))
                + " | " + Markdown.cell(Rows.forks(c))
                + " | " + Markdown.cell(r.gated() ? Rows.detectable(c) : "")
                + " | " + verdict + " |\n";
    }
}
