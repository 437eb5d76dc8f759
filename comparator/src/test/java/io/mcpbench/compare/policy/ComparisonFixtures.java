package io.mcpbench.compare.policy;

import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Undecided;
import io.mcpbench.compare.model.Verdict;
import java.util.Map;

/** Builds comparison rows by hand, for tests of what happens after the statistics. */
public final class ComparisonFixtures {

    private ComparisonFixtures() {
    }

    /** A time row of {@code benchmark} in avgt mode with the given scores and verdict. */
    public static RowComparison row(String benchmark, String metric, String unit, double base, double cand, Verdict v) {
        return row(RowKey.of(benchmark, unit.startsWith("ops/") ? "thrpt" : "avgt", Map.of(), 1, metric), unit, base, cand, v);
    }

    /** A row for {@code key}; the ratio and change follow from the scores, p-values are fixed. */
    public static RowComparison row(RowKey key, String unit, double base, double cand, Verdict v) {
        Direction d = unit.startsWith("ops/") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        boolean missing = v == Verdict.MISSING;
        boolean fresh = v == Verdict.NEW;
        double b = fresh ? Double.NaN : base;
        double c = missing ? Double.NaN : cand;
        double ratio = c / b;
        double change = d == Direction.LOWER_IS_BETTER ? ratio - 1 : 1 / ratio - 1;
        boolean stats = !missing && !fresh;
        return new RowComparison(key, unit, d, b, c, ratio,
                stats ? ratio * 0.98 : Double.NaN, stats ? ratio * 1.02 : Double.NaN, stats ? 0.95 : Double.NaN, change,
                stats ? 0.001 : Double.NaN, stats ? 0.004 : Double.NaN,
                fresh ? 0 : 5, missing ? 0 : 5, v == Verdict.INCONCLUSIVE ? 12 : 0, stats ? 0.03 : Double.NaN, v,
                Undecided.NO, stats ? "independent forks (5)" : "", RowComparison.Steady.NONE, "");
    }
}
