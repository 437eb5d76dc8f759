package io.mcpbench.compare.history;

import io.mcpbench.compare.markdown.Markdown;
import io.mcpbench.compare.markdown.MarkdownPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders a {@link HistoryReport} as Markdown for a CI run's summary page: a heading with the
 * runs covered, then only the series that have change points (benchmark, mode, runs, latest
 * value, latest reading against recent runs, change points), since a page listing every quiet
 * series hides the few that moved; then the problems met. Names are written with {@link Markdown}
 * so that they show as they are, and the page is a {@link MarkdownPage}, kept under GitHub's size
 * limit for a step summary.
 */
public final class HistoryMarkdownWriter {

    private HistoryMarkdownWriter() {
    }

    /** The report as Markdown, lines ending in {@code \n}. */
    public static String render(HistoryReport report) {
        StringBuilder sb = new StringBuilder();
        try {
            write(report, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** Writes the report to {@code out}. */
    public static void write(HistoryReport report, Appendable out) throws IOException {
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
                        + " | " + Markdown.cell(HistoryTableWriter.number(s.trend().last()) + " " + series.unit())
                        + " | " + Markdown.cell(HistoryTableWriter.trend(s.trend()))
                        + " | " + Markdown.cell(HistoryTableWriter.changePoints(s.changePoints())) + " |\n");
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
