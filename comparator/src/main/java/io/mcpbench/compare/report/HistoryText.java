package io.mcpbench.compare.report;

import io.mcpbench.compare.history.ChangePoint;
import io.mcpbench.compare.history.Shift;
import io.mcpbench.compare.history.Trend;
import java.util.List;
import java.util.Locale;

/** How the history formats word a series: its latest value, its trend and its change points. */
final class HistoryText {

    private HistoryText() {
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
