package io.mcpbench.compare.html;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report's default row order: regressions first, then what needs a look (missing,
 * inconclusive), then improvements, new rows and equivalent ones; within a verdict by benchmark,
 * each primary score before its secondary metrics.
 */
final class RowOrder {

    private static final Comparator<RowComparison> ORDER = Comparator
            .comparingInt((RowComparison r) -> rank(r.verdict()))
            .thenComparing(r -> r.key().withMetric(""))
            .thenComparing(r -> !r.key().isPrimary())
            .thenComparing(r -> r.key().metric());

    private RowOrder() {
    }

    /** {@code rows} sorted into report order (a new list). */
    static List<RowComparison> sorted(List<RowComparison> rows) {
        List<RowComparison> out = new ArrayList<>(rows);
        out.sort(ORDER);
        return out;
    }

    /** Position of a verdict in the default order; the script sorts the verdict column by it too. */
    static int rank(Verdict v) {
        switch (v) {
            case REGRESSED: return 0;
            case MISSING: return 1;
            case INCONCLUSIVE: return 2;
            case IMPROVED: return 3;
            case NEW: return 4;
            default: return 5;
        }
    }
}
