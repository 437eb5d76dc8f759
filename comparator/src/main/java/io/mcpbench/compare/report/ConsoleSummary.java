package io.mcpbench.compare.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A single result as an aligned table for a terminal ({@link SummaryTable}): what a run without a
 * baseline shows in place of JMH's wide table.
 */
public final class ConsoleSummary implements ReportWriter {

    private final boolean allMetrics;

    /** A table of the primary scores ({@code allMetrics}: and of every secondary metric). */
    public ConsoleSummary(boolean allMetrics) {
        this.allMetrics = allMetrics;
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        SummaryTable t = new SummaryTable(report.results(), allMetrics);
        out.append("result:  ").append(report.candidate()).append('\n');
        if (!t.prefix.isEmpty()) out.append("package: ").append(t.prefix, 0, t.prefix.length() - 1).append('\n');
        out.append('\n');
        List<String[]> all = new ArrayList<>();
        all.add(SummaryTable.HEADER);
        all.addAll(t.cells);
        int[] width = new int[SummaryTable.HEADER.length];
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        for (String[] row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (!t.keep[i]) continue;
                if (line.length() > 0) line.append("  ");
                pad(line, row[i], width[i], SummaryTable.numeric(i));
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') end--;
            out.append(line, 0, end).append('\n');
        }
        out.append('\n');
        t.footer(out, "\n");
    }

    private static void pad(StringBuilder line, String cell, int width, boolean right) {
        if (right) for (int k = cell.length(); k < width; k++) line.append(' ');
        line.append(cell);
        if (!right) for (int k = cell.length(); k < width; k++) line.append(' ');
    }
}
