package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of comparing a candidate run with a baseline: every row's comparison sorted by
 * key, the geometric-mean summary over primary rows, and per row the evidence behind it.
 *
 * @param rows              one comparison per row present on either side, sorted by key
 * @param geometricMean     summary over primary rows compared on both sides, oriented so that a
 *                          ratio above 1 is worse (throughput ratios inverted); not itself gated
 * @param evidence          per row key, what the verdict rests on
 * @param runLevelModelled  true when a history gave the run-to-run variance
 */
public record ComparisonResult(List<RowComparison> rows, RowComparison geometricMean, Map<RowKey, RowEvidence> evidence,
                               boolean runLevelModelled) {

    public ComparisonResult {
        rows = List.copyOf(rows);
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }

    /** A comparison without evidence or history (rows built by hand, say). */
    public ComparisonResult(List<RowComparison> rows, RowComparison geometricMean) {
        this(rows, geometricMean, Map.of(), false);
    }

    /** Rows per verdict, every verdict present (zero where none). */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) counts.put(v, 0);
        for (RowComparison r : rows) counts.merge(r.verdict(), 1, Integer::sum);
        return counts;
    }

    /** Rows with {@code verdict}. */
    public int count(Verdict verdict) {
        int n = 0;
        for (RowComparison r : rows) {
            if (r.verdict() == verdict) n++;
        }
        return n;
    }

    /** The evidence of one row, or null for a key not compared. */
    public RowEvidence evidence(RowKey key) {
        return evidence.get(key);
    }
}
