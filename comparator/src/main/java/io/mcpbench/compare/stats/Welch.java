package io.mcpbench.compare.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Welch's t-test and its interval for the difference of means, and the two one-sided tests
 * (TOST) of equivalence within a band. On log fork means the difference is the log of the
 * candidate/baseline ratio of geometric means.
 */
public final class Welch {

    private Welch() {
    }

    /** Tests candidate against baseline (each at least two values) with a two-sided interval at {@code confidence}. */
    public static WelchResult test(double[] cand, double[] base, double confidence) {
        int n1 = cand.length;
        int n2 = base.length;
        if (n1 < 2 || n2 < 2) {
            throw new IllegalArgumentException("Welch's test needs two values a side, got " + n1 + " and " + n2);
        }
        return fromSummary(Samples.mean(cand), Samples.variance(cand), n1, Samples.mean(base), Samples.variance(base),
                n2, confidence);
    }

    /**
     * Welch's test from summaries, with possibly fractional (effective) sample sizes: used when
     * the values of a side are correlated (iterations of the same fork) and count for fewer
     * independent observations than there are values. Each size must exceed 1.
     */
    public static WelchResult fromSummary(double meanCand, double varCand, double nCand, double meanBase,
                                          double varBase, double nBase, double confidence) {
        return fromSummary(meanCand, varCand, nCand, meanBase, varBase, nBase, confidence, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #fromSummary(double, double, double, double, double, double, double)}, with the
     * degrees of freedom capped at {@code maxDf}: when a variance component was estimated from
     * few units (forks), the test cannot claim more certainty than those units give.
     */
    public static WelchResult fromSummary(double meanCand, double varCand, double nCand, double meanBase,
                                          double varBase, double nBase, double confidence, double maxDf) {
        if (!(nCand > 1) || !(nBase > 1)) {
            throw new IllegalArgumentException("Welch's test needs more than one observation a side");
        }
        double a = varCand / nCand;
        double b = varBase / nBase;
        double diff = meanCand - meanBase;
        double se2 = a + b;
        if (!(se2 > 0)) {
            double p = diff == 0 ? 1.0 : 0.0;
            double t = diff == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, diff);
            return new WelchResult(t, nCand + nBase - 2, p, diff, 0.0, diff, diff);
        }
        double se = Math.sqrt(se2);
        double df = Math.min(maxDf, se2 * se2 / (a * a / (nCand - 1) + b * b / (nBase - 1)));
        TDistribution dist = TDistribution.of(df);
        double t = diff / se;
        double p = Math.min(1.0, 2.0 * dist.survivalProbability(Math.abs(t)));
        double q = dist.inverseSurvivalProbability((1.0 - confidence) / 2.0);
        return new WelchResult(t, df, p, diff, se, diff - q * se, diff + q * se);
    }

    /**
     * The TOST p-value that the true difference lies inside {@code (-delta, +delta)}: the larger
     * of the one-sided Welch p-values against {@code -delta} (lower) and {@code +delta} (upper).
     * Returns {@code {pLower, pUpper, p}}.
     */
    public static double[] tost(WelchResult w, double delta) {
        double pLower;
        double pUpper;
        if (w.se() > 0) {
            TDistribution dist = TDistribution.of(w.df());
            pLower = dist.survivalProbability((w.diff() + delta) / w.se());
            pUpper = dist.cumulativeProbability((w.diff() - delta) / w.se());
        } else {
            pLower = w.diff() > -delta ? 0.0 : 1.0;
            pUpper = w.diff() < delta ? 0.0 : 1.0;
        }
        return new double[] {pLower, pUpper, Math.max(pLower, pUpper)};
    }
}
