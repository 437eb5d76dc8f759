package io.mcpbench.compare.decision;

import io.mcpbench.compare.method.Estimate;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How much a row's test could see, and how many units (forks a side, or rounds) would settle it,
 * from the same variance model and the same levels as the decision. A change must clear the level
 * a Benjamini-Hochberg family of {@code m} gated rows gives a lone discovery, {@code q / m};
 * an equivalence, the two one-sided tests at {@code q}. Power is 80%.
 */
public final class Planning {

    /** Power the plans aim for. */
    public static final double POWER = 0.8;
    /** Most units a plan proposes; more is reported as this many. */
    public static final int MAX_UNITS = 10_000;

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private Planning() {
    }

    /**
     * The smallest true change, on the scale, that this run's test would show with 80% power at
     * the two-sided level {@code alpha}.
     */
    public static double detectable(Estimate e, double alpha) {
        double df = e.test().df();
        return (quantile(1 - alpha / 2, df) + quantile(POWER, df)) * e.test().se();
    }

    /**
     * Units per side (or rounds) at which a row with estimated difference {@code d} (oriented or
     * not: only its size matters) would settle with 80% power: REGRESSED or IMPROVED when it lies
     * beyond the floor {@code f}, EQUIVALENT when inside. {@link #MAX_UNITS} when even that many
     * would not (a run-to-run variance no count of forks removes, or a change right at the floor).
     */
    public static int unitsToSettle(Estimate e, double d, double f, double alphaChange, double alphaEquivalence) {
        double size = Math.abs(d);
        boolean change = size > f;
        double target = change ? size : f - size;
        if (!(target > 0) || !(e.variance() >= 0)) {
            return MAX_UNITS;
        }
        double zA = change ? NORMAL.inverseSurvivalProbability(alphaChange / 2)
                : NORMAL.inverseSurvivalProbability(alphaEquivalence);
        double zB = NORMAL.inverseCumulativeProbability(POWER);
        int n = Math.max(2, e.units() + 1);
        // grow geometrically on the normal approximation, then step on the t distribution
        while (n < MAX_UNITS && (zA + zB) * Math.sqrt(e.varianceWith(n)) > target) {
            n = Math.min(MAX_UNITS, n * 2);
        }
        int low = Math.max(2, e.units() + 1);
        int high = n;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if ((zA + zB) * Math.sqrt(e.varianceWith(mid)) <= target) high = mid;
            else low = mid + 1;
        }
        n = low;
        while (n < MAX_UNITS) {
            double df = e.paired() ? n - 1 : 2.0 * n - 2;
            double k = (change ? quantile(1 - alphaChange / 2, df) : quantile(1 - alphaEquivalence, df))
                    + quantile(POWER, df);
            if (k * Math.sqrt(e.varianceWith(n)) <= target) {
                return n;
            }
            n++;
        }
        return MAX_UNITS;
    }

    private static double quantile(double p, double df) {
        if (Double.isInfinite(df) || df > 1e7) {
            return NORMAL.inverseCumulativeProbability(p);
        }
        return TDistribution.of(df).inverseCumulativeProbability(p);
    }
}
