package io.mcpbench.compare.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How many independent units (forks) per side a two-sample t-test needs to tell a log
 * difference of {@code delta} apart with the given significance and power, when a single unit
 * has variance {@code unitVariance}: the smallest n with
 * {@code (t(1-alpha/2, 2n-2) + t(power, 2n-2))^2 * 2 * unitVariance / n <= delta^2}.
 */
public final class SampleSize {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private SampleSize() {
    }

    /** Units per side, at least {@code min}, capped at {@code max}. */
    public static int perSide(double unitVariance, double delta, double alpha, double power, int min, int max) {
        if (!(unitVariance > 0)) {
            return min;
        }
        if (!(delta > 0)) {
            return max;
        }
        double z = STANDARD_NORMAL.inverseSurvivalProbability(alpha / 2) + STANDARD_NORMAL.inverseCumulativeProbability(power);
        int n = (int) Math.ceil(2 * unitVariance * z * z / (delta * delta));
        n = Math.max(min, Math.min(max, n));
        while (n < max) {
            TDistribution t = TDistribution.of(2.0 * n - 2);
            double k = t.inverseSurvivalProbability(alpha / 2) + t.inverseCumulativeProbability(power);
            if (k * k * 2 * unitVariance / n <= delta * delta) {
                break;
            }
            n++;
        }
        return n;
    }
}
