package io.mcpbench.compare.history;

/**
 * A point where a series shifted: the run where the new level began, the series' centre in the
 * segments either side (bounded by the neighbouring change points), and how sure the
 * permutation test is.
 *
 * @param index     position in the series of the first value at the new level
 * @param runId     the run of that value
 * @param before    centre of the segment before, in the series' unit
 * @param after     centre of the segment from {@code index}, in the series' unit
 * @param change    {@code after / before - 1}
 * @param shift     regression or improvement for the row's direction
 * @param pValue    permutation p-value of the split
 * @param statistic the energy statistic of the split
 */
public record ChangePoint(int index, String runId, double before, double after, double change, Shift shift,
        double pValue, double statistic) {
}
