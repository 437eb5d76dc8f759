package io.mcpbench.compare.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders a {@link HistoryReport} as Markdown for a CI run's summary page: a heading with the
 * runs covered, then only the series that have change points (benchmark, mode, runs, latest
 * value, latest reading against recent runs, change points), since a page listing every quiet
 * series hides the few that moved; then the problems met. Cell text is escaped so a pipe in a
 * parameter value cannot break the table.
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
        out.append("### Benchmark history: ").append(Integer.toString(report.changePointCount()))
                .append(report.changePointCount() == 1 ? " change point" : " change points").append("\n\n");
        out.append(Integer.toString(runs.size())).append(runs.size() == 1 ? " run" : " runs");
        if (!runs.isEmpty()) {
            out.append(" (`").append(runs.get(0).id()).append("` .. `").append(runs.get(runs.size() - 1).id()).append("`)");
        }
        out.append(", ").append(Integer.toString(report.series().size())).append(" series.");
        int moved = 0;
        for (SeriesReport s : report.series()) {
            if (!s.changePoints().isEmpty()) moved++;
        }
        if (moved == 0) {
            out.append(" No series shifted.\n");
        } else {
            out.append(' ').append(Integer.toString(moved)).append(" shifted:\n\n");
            out.append("| benchmark | mode | runs | latest | trend | change points |\n");
            out.append("|---|---|---:|---:|---|---|\n");
            for (SeriesReport s : report.series()) {
                if (s.changePoints().isEmpty()) continue;
                Series series = s.series();
                out.append("| `").append(series.key().displayName().replace("`", "'")).append("` | ")
                        .append(cell(series.key().mode())).append(" | ")
                        .append(Integer.toString(series.size())).append(" | ")
                        .append(cell(HistoryTableWriter.number(s.trend().last()) + " " + series.unit())).append(" | ")
                        .append(cell(HistoryTableWriter.trend(s.trend()))).append(" | ")
                        .append(cell(HistoryTableWriter.changePoints(s.changePoints()))).append(" |\n");
            }
        }
        if (!report.problems().isEmpty()) {
            out.append("\n**Warnings**\n\n");
            for (String p : report.problems()) {
                out.append("- ").append(cell(p)).append('\n');
            }
        }
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }
}
