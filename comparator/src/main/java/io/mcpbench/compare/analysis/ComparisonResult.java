package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of comparing a candidate run with a baseline: every row's comparison sorted by
 * key, the geometric-mean summary over primary rows, the number of rows per verdict, and per
 * row the evidence behind it.
 *
 * @param rows              one comparison per row present on either side, sorted by key
 * @param geometricMean     summary over primary rows compared on both sides, oriented so that a
 *                          ratio above 1 is worse (throughput ratios inverted); not itself gated
 * @param counts            rows per verdict (every verdict present, zero where none)
 * @param evidence          per row key, what the verdict rests on
 * @param runLevelModelled  true when a history gave the run-to-run variance
 */
public record ComparisonResult(List<RowComparison> rows, RowComparison geometricMean, Map<Verdict, Integer> counts,
                               Map<RowKey, RowEvidence> evidence, boolean runLevelModelled) {

    public ComparisonResult {
        rows = List.copyOf(rows);
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        evidence = Map.copyOf(evidence);
    }

    /** Rows with {@code verdict}. */
    public int count(Verdict verdict) {
        return counts.getOrDefault(verdict, 0);
    }

    /** The evidence of one row, or null for a key not compared. */
    public RowEvidence evidence(RowKey key) {
        return evidence.get(key);
    }
}
