package io.mcpbench.compare.method;

import io.mcpbench.compare.stats.TInterval;
import io.mcpbench.compare.stats.Samples;
import io.mcpbench.compare.stats.TTests;

/**
 * Forks of two separate runs (a stored baseline and a new run) are independent samples: the
 * centres of the settled forks, on the scale, are compared by Student's t test (Welch's when
 * the sides have different numbers of forks, see {@link TTests}). The fork, not the iteration, is
 * the unit: iterations of one JVM share its JIT decisions and memory layout. Needs two settled
 * forks a side.
 */
public final class IndependentForks implements Method {

    /** The method's name in reports. */
    public static final String NAME = "independent forks";

    @Override
    public Estimate estimate(RowSample s) {
        double[] b = s.onScale(s.base().centres());
        double[] c = s.onScale(s.cand().centres());
        if (b.length < 2 || c.length < 2) {
            return null;
        }
        TInterval t = TTests.twoSample(c, b);
        double perFork = ((b.length - 1) * Samples.variance(b) + (c.length - 1) * Samples.variance(c))
                / (b.length + c.length - 2);
        double baseCentre = Samples.mean(b);
        double candCentre = Samples.mean(c);
        boolean pooled = b.length == c.length;
        return Estimate.of(NAME, t, perFork, t.df(), pooled, back(s, baseCentre), back(s, candCentre),
                Math.min(b.length, c.length), false, Double.NaN, "");
    }

    private static double back(RowSample s, double onScale) {
        return s.scale() == Scale.LOG ? Math.exp(onScale) : onScale;
    }
}
