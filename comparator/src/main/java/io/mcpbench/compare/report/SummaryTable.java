package io.mcpbench.compare.report;

import io.mcpbench.compare.jmh.ScoredRow;
import io.mcpbench.compare.model.RowKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of a single result that both summary formats lay out, in the comparisons' style: a
 * line per benchmark and parameter set with its score ± error in a unit chosen for reading, and
 * its allocation per operation ({@code gc.alloc.rate.norm}, when the run had {@code -prof gc}).
 * The package every benchmark shares is named once above it; columns no row fills (params,
 * allocation) are left out. Secondary metrics are rows of their own only when asked for; the
 * footer counts them.
 */
final class SummaryTable {

    /** The metric JMH's {@code -prof gc} writes for bytes allocated per operation. */
    static final String ALLOC_PER_OP = "gc.alloc.rate.norm";
    static final String[] HEADER = {"benchmark", "mode", "params", "score", "error", "unit", "alloc/op"};

    final String prefix;
    final boolean[] keep;
    final List<String[]> cells = new ArrayList<>();
    private final int primaries;
    private final int hidden;
    private final boolean anyAlloc;

    /** The table of {@code rows}: the primary scores ({@code allMetrics}: and every secondary metric). */
    SummaryTable(List<ScoredRow> rows, boolean allMetrics) {
        Map<RowKey, ScoredRow> alloc = new HashMap<>();
        for (ScoredRow r : rows) {
            if (ALLOC_PER_OP.equals(r.key().metric())) alloc.put(r.key().withMetric(RowKey.PRIMARY), r);
        }
        List<ScoredRow> shown = new ArrayList<>();
        List<String> benchmarks = new ArrayList<>();
        int primaryRows = 0;
        for (ScoredRow r : rows) {
            if (r.key().isPrimary()) primaryRows++;
            if (r.key().isPrimary() || allMetrics) {
                shown.add(r);
                benchmarks.add(r.key().benchmark());
            }
        }
        prefix = Rows.commonPackage(benchmarks);
        boolean anyParams = false;
        for (ScoredRow r : shown) anyParams |= !params(r.key()).isEmpty();
        for (ScoredRow r : shown) {
            HumanUnits.Scale scale = HumanUnits.scale(r.score(), r.unit());
            String benchmark = r.key().benchmark().substring(prefix.length())
                    + (r.key().isPrimary() ? "" : ":" + r.key().metric());
            ScoredRow a = r.key().isPrimary() ? alloc.get(r.key()) : null;
            cells.add(new String[] {
                benchmark,
                r.key().mode(),
                params(r.key()),
                HumanUnits.sig3(scale.apply(r.score())),
                Double.isNaN(r.error()) ? "" : "± " + HumanUnits.sig3(scale.apply(r.error())),
                scale.unit(),
                a == null ? "-" : HumanUnits.format(a.score(), a.unit())});
        }
        anyAlloc = !alloc.isEmpty();
        keep = new boolean[] {true, true, anyParams, true, true, true, anyAlloc};
        primaries = primaryRows;
        hidden = rows.size() - shown.size() - (allMetrics ? 0 : alloc.size());
    }

    /** True for the columns of numbers, aligned right. */
    static boolean numeric(int column) {
        return column == 3 || column == 6;
    }

    /** The footer: rows counted, rows left out, what the error is, and a missing profiler named; lines end with {@code end}. */
    void footer(Appendable out, String end) throws IOException {
        out.append(Integer.toString(primaries)).append(primaries == 1 ? " benchmark row" : " benchmark rows");
        if (hidden > 0) {
            out.append(", ").append(Integer.toString(hidden)).append(" secondary metric rows not shown (--all-metrics shows them)");
        }
        out.append(end);
        out.append("error: half-width of the 99.9% interval over every iteration of every fork, as JMH computes it").append(end);
        if (!anyAlloc) {
            out.append("no ").append(ALLOC_PER_OP).append(" in this result: run JMH with -prof gc for allocation per op").append(end);
        }
    }

    /** {@code k=v,k=v} in key order, with {@code t=N} when more than one thread ran. */
    static String params(RowKey key) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : key.params().entrySet()) {
            if (sb.length() > 0) sb.append(',');
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        if (key.threads() > 1) {
            if (sb.length() > 0) sb.append(',');
            sb.append("t=").append(key.threads());
        }
        return sb.toString();
    }
}
