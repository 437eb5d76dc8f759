package io.mcpbench.compare.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A difference estimated with a standard error on a t distribution: every test of the
 * comparator ends here, so its p-value, its intervals and its two one-sided tests come from one
 * place and always agree. A zero standard error (identical values on both sides) is a point: its
 * p-value is 0 for any difference and 1 for none.
 *
 * @param diff the estimated difference (candidate minus baseline, on the test's scale)
 * @param se   its standard error (0 or more)
 * @param df   degrees of freedom (more than 0; infinite for the normal limit)
 */
public record TInterval(double diff, double se, double df) {

    public TInterval {
        if (!(se >= 0) || !(df > 0)) {
            throw new IllegalArgumentException("se must be >= 0 and df > 0, got " + se + ", " + df);
        }
    }

    /** The t statistic, infinite for a non-zero difference with no standard error. */
    public double t() {
        if (se == 0) {
            return diff == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, diff);
        }
        return diff / se;
    }

    /** Two-sided p-value of "no difference". */
    public double p() {
        if (se == 0) {
            return diff == 0 ? 1.0 : 0.0;
        }
        return Math.min(1.0, 2.0 * dist().survivalProbability(Math.abs(diff / se)));
    }

    /** Lower end of the two-sided interval at {@code confidence}. */
    public double low(double confidence) {
        return diff - halfWidth(confidence);
    }

    /** Upper end of the two-sided interval at {@code confidence}. */
    public double high(double confidence) {
        return diff + halfWidth(confidence);
    }

    /** Half the width of the two-sided interval at {@code confidence}. */
    public double halfWidth(double confidence) {
        if (se == 0) {
            return 0.0;
        }
        return dist().inverseSurvivalProbability((1.0 - confidence) / 2.0) * se;
    }

    /**
     * The p-value of the two one-sided tests that the true difference lies inside
     * {@code (-delta, +delta)}: the larger of the one-sided p-values against each edge.
     */
    public double tostP(double delta) {
        if (se == 0) {
            return Math.abs(diff) < delta ? 0.0 : 1.0;
        }
        TDistribution d = dist();
        double lower = d.survivalProbability((diff + delta) / se);
        double upper = d.cumulativeProbability((diff - delta) / se);
        return Math.max(lower, upper);
    }

    private TDistribution dist() {
        return TDistribution.of(Double.isInfinite(df) ? 1e12 : df);
    }
}
