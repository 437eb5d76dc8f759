package io.mcpbench.compare.stats;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The two-sided Mann-Whitney U test on fork means, a distribution-free cross-check of Welch.
 * Small samples without ties get the exact distribution of U; samples with ties or with more
 * than {@value #EXACT_LIMIT} pairs get the normal approximation with the tie-corrected variance
 * and a continuity correction (the exact no-ties distribution is not exact once ties occur;
 * Commons Statistics itself answers {@code EXACT} with ties this way, while SciPy's
 * {@code method='exact'} keeps the no-ties distribution). Commons Math 3.6.1's test is not used:
 * it has only the normal approximation, which is poor at the fork counts seen here.
 */
public final class MannWhitney {

    /** Largest {@code n * m} given the exact distribution. */
    public static final int EXACT_LIMIT = 2500;

    private static final MannWhitneyUTest EXACT = MannWhitneyUTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED).with(PValueMethod.EXACT);
    private static final MannWhitneyUTest ASYMPTOTIC = MannWhitneyUTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED).with(PValueMethod.ASYMPTOTIC).with(ContinuityCorrection.ENABLED);

    private MannWhitney() {
    }

    /** The two-sided p-value; NaN when a side is empty. */
    public static double twoSidedP(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            return Double.NaN;
        }
        if ((long) x.length * y.length <= EXACT_LIMIT && !hasTies(x, y)) {
            return EXACT.test(x, y).getPValue();
        }
        return ASYMPTOTIC.test(x, y).getPValue();
    }

    /** Commons Statistics' {@code EXACT} p-value: exact without ties, the tie-corrected approximation with them. */
    public static double exactP(double[] x, double[] y) {
        return EXACT.test(x, y).getPValue();
    }

    /** The tie-corrected normal approximation with continuity correction. */
    public static double asymptoticP(double[] x, double[] y) {
        return ASYMPTOTIC.test(x, y).getPValue();
    }

    static boolean hasTies(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        java.util.Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
