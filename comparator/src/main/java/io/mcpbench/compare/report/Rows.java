package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Text shared by the formats: a row's change, interval and verdict cell, and "worst first" order. */
final class Rows {

    private Rows() {
    }

    /** The value's relative change (candidate / baseline - 1); for throughput, a drop is negative. */
    static double valueChange(RowComparison c) {
        return c.ratio() - 1;
    }

    /** The ratio's interval as changes: {@code [+1.02%, +3.60%]}, or {@code -}. */
    static String interval(RowComparison c) {
        if (Double.isNaN(c.ciLow()) || Double.isNaN(c.ciHigh())) return "-";
        return "[" + HumanUnits.percent(c.ciLow() - 1) + ", " + HumanUnits.percent(c.ciHigh() - 1) + "]";
    }

    /** The verdict cell: the label with what qualifies it (not gated, forks to settle, why untested, warned). */
    static String verdictCell(GatedRow r) {
        StringBuilder sb = new StringBuilder(r.label());
        RowComparison c = r.comparison();
        if (r.ungatedBad()) sb.append(" (not gated)");
        if (c.verdict() == Verdict.INCONCLUSIVE && c.forksToSettle() > 0) {
            sb.append(" (~").append(c.forksToSettle()).append(" forks)");
        }
        if (c.tooFewForks()) sb.append(" (too few forks)");
        if (c.untrusted()) sb.append(" (untrusted)");
        if (r.outcome() == Outcome.WARN) sb.append(" (warn)");
        return sb.toString();
    }

    /**
     * The smallest change the row's test would have shown with 80% power in this run, as a
     * percentage ({@code ±3.1%}), or {@code -} when it was not tested.
     */
    static String detectable(RowComparison c) {
        if (!(c.detectable() > 0) || Double.isInfinite(c.detectable())) return "-";
        return "\u00b1" + HumanUnits.percent(c.detectable()).replace("+", "");
    }

    /** {@code 5/5}: forks on each side. */
    static String forks(RowComparison c) {
        return c.baseForks() + "/" + c.candForks();
    }

    /**
     * The longest package prefix (ending in {@code .}) that every benchmark name shares and that
     * still leaves each a class name, or the empty string.
     */
    static String commonPackage(List<String> benchmarks) {
        String prefix = null;
        for (String name : benchmarks) {
            int method = name.lastIndexOf('.');
            int cls = method <= 0 ? -1 : name.lastIndexOf('.', method - 1);
            String pkg = cls < 0 ? "" : name.substring(0, cls + 1);
            if (prefix == null) {
                prefix = pkg;
            } else {
                int n = 0;
                int max = Math.min(prefix.length(), pkg.length());
                while (n < max && prefix.charAt(n) == pkg.charAt(n)) {
                    n++;
                }
                prefix = prefix.substring(0, prefix.lastIndexOf('.', n - 1) + 1);
            }
            if (prefix.isEmpty()) {
                return "";
            }
        }
        return prefix == null ? "" : prefix;
    }

    /**
     * The rows in key order with each benchmark's primary score before its secondary metrics
     * (keys sort metrics by name, which would put {@code gc.*} above the score).
     */
    static List<GatedRow> displayOrder(List<GatedRow> rows) {
        List<GatedRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((GatedRow r) -> r.comparison().key().withMetric(""))
                .thenComparing(r -> !r.comparison().key().isPrimary())
                .thenComparing(r -> r.comparison().key().metric()));
        return sorted;
    }

    /** Failing rows first, then allowed, ungated regressions and absences, inconclusive, then the rest; stable. */
    static List<GatedRow> worstFirst(List<GatedRow> rows) {
        List<GatedRow> sorted = displayOrder(rows);
        sorted.sort(Comparator.comparingInt(Rows::rank));
        return sorted;
    }

    private static int rank(GatedRow r) {
        if (r.fails()) return 0;
        if (r.allowedReason() != null) return 1;
        if (r.ungatedBad()) return 2;
        switch (r.comparison().verdict()) {
            case INCONCLUSIVE: return 3;
            case IMPROVED: return 4;
            case NEW: return 5;
            default: return 6;
        }
    }
}
