package io.mcpbench.compare.report;

import io.mcpbench.compare.history.HistoryReport;
import io.mcpbench.compare.history.Series;
import io.mcpbench.compare.history.SeriesReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a report's history ({@link HistoryReport}) as an aligned plain-text table for a terminal: one line per
 * row with its benchmark, mode, number of runs, latest value, the latest run against the median
 * of the runs before it, and its change points
 * ({@code run 20261120T0100Z-abc1234: +12.3% (regression), p=0.005}), followed by the problems met.
 */
public final class ConsoleHistory implements ReportWriter {

    private static final String[] HEADER = {"Benchmark", "Mode", "Runs", "Latest", "Trend", "Change points"};

    @Override
    public void write(Report document, Appendable out) throws IOException {
        HistoryReport report = document.history();
        out.append("History: ").append(Integer.toString(report.runs().size())).append(" runs");
        if (!report.runs().isEmpty()) {
            out.append(", ").append(report.runs().get(0).id()).append(" .. ")
                    .append(report.runs().get(report.runs().size() - 1).id());
        }
        out.append(", ").append(Integer.toString(report.changePointCount())).append(" change points in ")
                .append(Integer.toString(report.series().size())).append(" series\n");
        List<String[]> rows = new ArrayList<>(report.series().size() + 1);
        rows.add(HEADER);
        for (SeriesReport s : report.series()) {
            Series series = s.series();
            rows.add(new String[] {
                series.key().displayName(),
                series.key().mode(),
                Integer.toString(series.size()),
                HistoryText.number(s.trend().last()) + " " + series.unit(),
                HistoryText.trend(s.trend()),
                HistoryText.changePoints(s.changePoints())});
        }
        int[] width = new int[HEADER.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                boolean right = c == 2 || c == 3;
                int pad = width[c] - r[c].length();
                if (right) {
                    line.append(" ".repeat(pad)).append(r[c]);
                } else {
                    line.append(r[c]);
                    if (c + 1 < r.length) {
                        line.append(" ".repeat(pad));
                    }
                }
                if (c + 1 < r.length) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        for (String p : report.problems()) {
            out.append("warning: ").append(p).append('\n');
        }
    }
}
