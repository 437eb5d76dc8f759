package io.mcpbench.compare.report;

import io.mcpbench.compare.history.HistoryReport;
import io.mcpbench.compare.history.HistoryRun;
import io.mcpbench.compare.history.Series;
import io.mcpbench.compare.history.SeriesReport;
import io.mcpbench.compare.markdown.Markdown;
import io.mcpbench.compare.markdown.MarkdownPage;
import java.io.IOException;
import java.util.List;

/**
 * Lays out a report's history ({@link HistoryReport}) as Markdown for a CI run's summary page: a heading with the
 * runs covered, then only the series that have change points (benchmark, mode, runs, latest
 * value, latest reading against recent runs, change points), since a page listing every quiet
 * series hides the few that moved; then the problems met. Names are written with {@link Markdown}
 * so that they show as they are, and the page is a {@link MarkdownPage}, kept under GitHub's size
 * limit for a step summary.
 */
public final class MarkdownHistory implements ReportWriter {

    @Override
    public void write(Report document, Appendable out) throws IOException {
        HistoryReport report = document.history();
        List<HistoryRun> runs = report.runs();
        StringBuilder head = new StringBuilder("### Benchmark history: ").append(report.changePointCount())
                .append(report.changePointCount() == 1 ? " change point" : " change points").append("\n\n");
        head.append(runs.size()).append(runs.size() == 1 ? " run" : " runs");
        if (!runs.isEmpty()) {
            head.append(" (").append(Markdown.code(runs.get(0).id())).append(" .. ")
                    .append(Markdown.code(runs.get(runs.size() - 1).id())).append(')');
        }
        head.append(", ").append(report.series().size()).append(" series.");
        int moved = 0;
        for (SeriesReport s : report.series()) {
            if (!s.changePoints().isEmpty()) moved++;
        }
        MarkdownPage page = new MarkdownPage();
        if (moved == 0) {
            page.text(head.append(" No series shifted.\n").toString());
        } else {
            head.append(' ').append(moved).append(" shifted:\n\n");
            head.append("| benchmark | mode | runs | latest | trend | change points |\n");
            head.append("|---|---|---:|---:|---|---|\n");
            page.text(head.toString());
            MarkdownPage.Lines rows = page.lines("series");
            for (SeriesReport s : report.series()) {
                if (s.changePoints().isEmpty()) continue;
                Series series = s.series();
                rows.add("| " + Markdown.cellCode(series.key().displayName())
                        + " | " + Markdown.cell(series.key().mode())
                        + " | " + series.size()
                        + " | " + Markdown.cell(HistoryText.number(s.trend().last()) + " " + series.unit())
                        + " | " + Markdown.cell(HistoryText.trend(s.trend()))
                        + " | " + Markdown.cell(HistoryText.changePoints(s.changePoints())) + " |\n");
            }
        }
        if (!report.problems().isEmpty()) {
            page.text("\n**Warnings**\n\n");
            MarkdownPage.Lines warnings = page.lines("warnings");
            for (String p : report.problems()) warnings.add("- " + Markdown.text(p) + "\n");
        }
        out.append(page.render(MarkdownPage.MAX_BYTES, "Every series: " + Markdown.code("comparator history show --format json") + "."));
    }
}
