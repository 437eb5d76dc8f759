package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.RowKey;

/**
 * What a row's verdict rests on, for reports that show more than the verdict (fork-mean dot
 * plots, both intervals). Fork means are in the comparison unit; arrays are empty for a side
 * that is absent; the arrays are shared, not copied, so readers must not modify them. Intervals
 * are for the candidate/baseline ratio and NaN where not computed.
 *
 * @param key              the row
 * @param unit             the comparison unit
 * @param baseForkMeans    the baseline's per-fork means
 * @param candForkMeans    the candidate's per-fork means
 * @param method           how the row was tested (see {@link Method})
 * @param welchLow         Welch interval, lower end
 * @param welchHigh        Welch interval, upper end
 * @param bootstrapLow     two-level bootstrap interval, lower end
 * @param bootstrapHigh    two-level bootstrap interval, upper end
 * @param bootstrapUsed    true when the bootstrap interval, not Welch's, decided the row
 * @param tostP            p-value of the two one-sided tests against the band
 * @param directionAssumed true when the metric's direction was a guess (lower is better)
 */
public record RowEvidence(RowKey key, String unit, double[] baseForkMeans, double[] candForkMeans, Method method,
                          double welchLow, double welchHigh, double bootstrapLow, double bootstrapHigh,
                          boolean bootstrapUsed, double tostP, boolean directionAssumed) {

    /** How a row was tested. */
    public enum Method {
        /** Welch's t-test on log fork means (three or more forks a side). */
        FORK_LOG_MEANS,
        /** Welch's t-test on fork means, for rows with zero or negative values. */
        FORK_MEANS,
        /** Fewer than three forks on a side: Welch on iterations, low confidence. */
        ITERATION_FALLBACK,
        /** Deterministic metric: compared with a tolerance. */
        TOLERANCE,
        /** Only one side present. */
        ONE_SIDED
    }
}
