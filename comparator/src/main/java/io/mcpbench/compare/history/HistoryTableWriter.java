package io.mcpbench.compare.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link HistoryReport} as an aligned plain-text table for a terminal: one line per
 * row with its benchmark, mode, number of runs, latest value, the latest run against the median
 * of the runs before it, and its change points
 * ({@code run 20261120T0100Z-abc1234: +12.3% (regression), p=0.005}), followed by the problems met.
 */
public final class HistoryTableWriter {

    private static final String[] HEADER = {"Benchmark", "Mode", "Runs", "Latest", "Trend", "Change points"};

    private HistoryTableWriter() {
    }

    /** The report as text, lines ending in {@code \n}. */
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
                number(s.trend().last()) + " " + series.unit(),
                trend(s.trend()),
                changePoints(s.changePoints())});
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

    /**
     * {@code +3.1% worse vs median of 5}, or {@code -} without earlier runs. Worse or better, not
     * regression or improvement: one run against a median is a reading, not a finding.
     */
    static String trend(Trend t) {
        if (Double.isNaN(t.latestChange())) {
            return "-";
        }
        String kind = t.latestShift() == Shift.REGRESSION ? " worse" : t.latestShift() == Shift.IMPROVEMENT ? " better" : "";
        return percent(t.latestChange()) + kind + " vs median of " + t.previousRuns();
    }

    /** Change points joined by {@code "; "}, or {@code none}. */
    static String changePoints(List<ChangePoint> points) {
        if (points.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (ChangePoint cp : points) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append("run ").append(cp.runId()).append(": ").append(percent(cp.change()))
                    .append(" (").append(cp.shift().word()).append("), p=")
                    .append(String.format(Locale.ROOT, "%.3f", cp.pValue()));
        }
        return sb.toString();
    }

    /** A signed percentage with one decimal. */
    static String percent(double relative) {
        if (Double.isInfinite(relative)) {
            return relative > 0 ? "+inf%" : "-inf%";
        }
        return String.format(Locale.ROOT, "%+.1f%%", relative * 100);
    }

    /** Four significant digits, plain notation between 0.001 and 10^7. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e7)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        int digits = a == 0 ? 0 : Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
