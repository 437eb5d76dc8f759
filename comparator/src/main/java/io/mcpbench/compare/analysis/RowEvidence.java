package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.RowKey;

/**
 * What a row's verdict rests on, for reports that show more than the verdict (fork dot plots).
 * Fork means are in the comparison unit, one per fork in file order; the arrays are empty for a
 * side that is absent and are shared, not copied, so readers must not modify them.
 *
 * @param key              the row
 * @param unit             the comparison unit
 * @param baseForkMeans    the baseline's per-fork means of the kept iterations
 * @param candForkMeans    the candidate's per-fork means of the kept iterations
 * @param directionAssumed true when the metric's direction was a guess (lower is better)
 */
public record RowEvidence(RowKey key, String unit, double[] baseForkMeans, double[] candForkMeans,
                          boolean directionAssumed) {
}
