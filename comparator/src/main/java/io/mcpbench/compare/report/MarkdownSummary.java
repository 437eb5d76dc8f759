package io.mcpbench.compare.report;

import io.mcpbench.compare.markdown.Markdown;
import io.mcpbench.compare.markdown.MarkdownPage;
import java.io.IOException;

/**
 * A single result as a Markdown table ({@link SummaryTable}) for a CI summary page: names as code
 * spans, numbers aligned right, kept under GitHub's size limit ({@link MarkdownPage}).
 */
public final class MarkdownSummary implements ReportWriter {

    private final boolean allMetrics;

    /** A table of the primary scores ({@code allMetrics}: and of every secondary metric). */
    public MarkdownSummary(boolean allMetrics) {
        this.allMetrics = allMetrics;
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        SummaryTable t = new SummaryTable(report.results(), allMetrics);
        String name = report.candidate();
        StringBuilder head = new StringBuilder("### JMH result ").append(Markdown.code(name)).append("\n\n");
        if (!t.prefix.isEmpty()) {
            head.append("Package ").append(Markdown.code(t.prefix.substring(0, t.prefix.length() - 1))).append(".\n\n");
        }
        StringBuilder rule = new StringBuilder("|");
        head.append('|');
        for (int i = 0; i < SummaryTable.HEADER.length; i++) {
            if (!t.keep[i]) continue;
            head.append(' ').append(SummaryTable.HEADER[i]).append(" |");
            rule.append(SummaryTable.numeric(i) ? "---:|" : "---|");
        }
        head.append('\n').append(rule).append('\n');
        MarkdownPage page = new MarkdownPage().text(head.toString());
        MarkdownPage.Lines rows = page.lines("rows");
        for (String[] row : t.cells) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < row.length; i++) {
                if (!t.keep[i]) continue;
                line.append(' ').append(i == 0 || i == 2 ? Markdown.cellCode(row[i]) : Markdown.cell(row[i])).append(" |");
            }
            rows.add(line.append('\n').toString());
        }
        page.text("\n");
        out.append(page.render(MarkdownPage.MAX_BYTES, "Every row: " + Markdown.code("comparator summary " + name) + "."));
        t.footer(out, "\n\n");
    }
}
