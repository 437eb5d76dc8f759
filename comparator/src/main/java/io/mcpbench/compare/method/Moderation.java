package io.mcpbench.compare.method;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.Trigamma;
import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * Shares what the rows of a suite say about variance (Smyth 2004, the empirical-Bayes
 * moderated t of limma): with five forks a row's variance rests on 4 to 8 degrees of freedom,
 * and at the level a family of many gated rows needs, a t quantile on so few is several times the
 * normal one. The rows' variances are taken as draws from a scaled inverse chi-square prior
 * whose scale {@code s0^2} and degrees of freedom {@code d0} are fitted by moments of their logs
 * ({@code fitFDist}); each row's variance becomes {@code (d0 s0^2 + d s^2) / (d0 + d)} on
 * {@code d0 + d} degrees of freedom. Rows that differ a lot in noise give a small {@code d0} and
 * keep nearly their own variance; under "nothing changed" the moderated t is exactly t on
 * {@code d0 + d} when the prior holds. Rows are moderated within groups of like variances (one
 * method on log ratios); allocation in bytes and Welch's separate variances are left as they are.
 */
public final class Moderation {

    /** Fewest rows of a group to fit a prior from. */
    public static final int MIN_ROWS = 3;

    /**
     * The fitted prior: {@code d0} (infinite when the rows' variances spread no more than
     * sampling alone explains) and {@code s0^2}.
     */
    public record Prior(double d0, double s02) {
    }

    private Moderation() {
    }

    /**
     * The prior of {@code variances} with {@code dfs} degrees of freedom each (positive variances
     * only), or null when fewer than {@link #MIN_ROWS} are given.
     */
    public static Prior fit(double[] variances, double[] dfs) {
        int n = variances.length;
        if (n < MIN_ROWS) {
            return null;
        }
        double[] e = new double[n];
        double mean = 0;
        double trigammaMean = 0;
        for (int i = 0; i < n; i++) {
            double half = dfs[i] / 2;
            e[i] = Math.log(variances[i]) - Digamma.value(half) + Math.log(half);
            mean += e[i];
            trigammaMean += Trigamma.value(half);
        }
        mean /= n;
        trigammaMean /= n;
        double ss = 0;
        for (double v : e) ss += (v - mean) * (v - mean);
        double excess = ss / (n - 1) - trigammaMean;
        if (!(excess > 0)) {
            return new Prior(Double.POSITIVE_INFINITY, Math.exp(mean));
        }
        double d0 = 2 * trigammaInverse(excess);
        double s02 = Math.exp(mean + Digamma.value(d0 / 2) - Math.log(d0 / 2));
        return new Prior(d0, s02);
    }

    /** The moderated variance of a row with variance {@code s2} on {@code df} under {@code prior}. */
    public static double variance(Prior prior, double s2, double df) {
        if (Double.isInfinite(prior.d0())) {
            return prior.s02();
        }
        return (prior.d0() * prior.s02() + df * s2) / (prior.d0() + df);
    }

    /**
     * {@code estimates} (in order, nulls kept) with the moderatable ones on the log scale shrunk
     * toward their group's prior; {@code logScale[i]} says whether estimate i is on the log scale.
     */
    public static List<Estimate> apply(List<Estimate> estimates, boolean[] logScale) {
        List<Estimate> out = new ArrayList<>(estimates);
        for (boolean paired : new boolean[] {true, false}) {
            List<Integer> group = new ArrayList<>();
            for (int i = 0; i < estimates.size(); i++) {
                Estimate e = estimates.get(i);
                if (e != null && logScale[i] && e.moderatable() && e.paired() == paired && e.variance() > 0
                        && Double.isFinite(e.variance())) {
                    group.add(i);
                }
            }
            double[] v = new double[group.size()];
            double[] d = new double[group.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = estimates.get(group.get(k)).variance();
                d[k] = estimates.get(group.get(k)).df();
            }
            Prior prior = fit(v, d);
            if (prior == null) {
                continue;
            }
            for (int k = 0; k < v.length; k++) {
                Estimate e = estimates.get(group.get(k));
                double df = Double.isInfinite(prior.d0()) ? 1e7 : prior.d0() + e.df();
                out.set(group.get(k), e.withVariance(variance(prior, e.variance(), e.df()), df));
            }
        }
        return out;
    }

    /** The y with trigamma(y) = x, x > 0 (trigamma falls from infinity to 0 on (0, infinity)). */
    static double trigammaInverse(double x) {
        if (x > 1e7) {
            return 1 / Math.sqrt(x);
        }
        if (x < 1e-6) {
            return 1 / x;
        }
        // trigamma(y) lies between 1/y and 1/y + 1/y^2, so the root lies in [1/x, (1 + sqrt(1 + 4x)) / (2x)]
        double low = 1 / x * 0.5;
        double high = (1 + Math.sqrt(1 + 4 * x)) / (2 * x) * 2;
        return new BrentSolver(1e-14, 1e-14, 0).findRoot(y -> Trigamma.value(y) - x, low, high);
    }
}
