package io.mcpbench.compare.method;

import io.mcpbench.compare.stats.TInterval;

/**
 * What a method found: the difference candidate minus baseline on the sample's scale, the
 * residual variance its standard error rests on, and what planning needs to say how many more
 * units would settle the row. The standard error is {@code sqrt(seFactor * variance +
 * fixedVariance)}: {@code variance} is the spread of one unit (a pair's difference, or one fork)
 * estimated with {@code df} degrees of freedom, which a moderation across rows may sharpen;
 * {@code fixedVariance} is a component more units do not reduce (run to run), known with
 * {@code fixedDf} degrees of freedom.
 *
 * @param method        the method's name, for reports ("paired rounds", "independent forks")
 * @param diff          candidate minus baseline on the scale
 * @param variance      variance of one unit on the scale
 * @param df            degrees of freedom of {@code variance}
 * @param seFactor      the standard error's square per unit of {@code variance} (1/n paired, 1/n + 1/m independent)
 * @param moderatable   true when {@code variance} is one pooled estimate that rows may share
 *                      (false for Welch's separate variances)
 * @param fixedVariance variance of the difference that more units do not reduce, 0 if none
 * @param fixedDf       degrees of freedom of {@code fixedVariance} (infinite when there is none)
 * @param baseCentre    the baseline's centre on the values' own scale (what reports show)
 * @param candCentre    the candidate's centre on the values' own scale
 * @param units         independent units behind the test (pairs, or the smaller side's forks)
 * @param paired        true when a unit is a pair (a difference of n pairs has {@code variance / n})
 * @param crossCheckP   a rank-based two-sided p-value that backs the test, or NaN
 * @param note          what a reader should know about the method's use here, or empty
 */
public record Estimate(String method, double diff, double variance, double df, double seFactor, boolean moderatable,
                       double fixedVariance, double fixedDf, double baseCentre, double candCentre, int units,
                       boolean paired, double crossCheckP, String note) {

    /** An estimate of a method that knows no component beyond its units. */
    public static Estimate of(String method, TInterval test, double variance, double df, boolean moderatable,
                              double baseCentre, double candCentre, int units, boolean paired, double crossCheckP,
                              String note) {
        double factor = variance > 0 ? test.se() * test.se() / variance : 0.0;
        return new Estimate(method, test.diff(), variance, df, factor, moderatable, 0.0, Double.POSITIVE_INFINITY,
                baseCentre, candCentre, units, paired, crossCheckP, note);
    }

    /** The test: the difference, its standard error, and Satterthwaite's degrees of freedom. */
    public TInterval test() {
        double a = seFactor * variance;
        double se2 = a + fixedVariance;
        if (!(se2 > 0)) {
            return new TInterval(diff, 0.0, df);
        }
        double denominator = a * a / df + (fixedVariance > 0 ? fixedVariance * fixedVariance / fixedDf : 0.0);
        double dof = denominator > 0 ? se2 * se2 / denominator : df;
        return new TInterval(diff, Math.sqrt(se2), dof);
    }

    /** The variance of the difference with {@code n} units (pairs, or forks a side). */
    public double varianceWith(int n) {
        return (paired ? variance / n : 2 * variance / n) + fixedVariance;
    }

    /** This estimate with a variance component more units do not reduce, and a note on it. */
    public Estimate withFixed(double extraVariance, double extraDf, String extraNote) {
        return new Estimate(method, diff, variance, df, seFactor, moderatable, fixedVariance + extraVariance, extraDf,
                baseCentre, candCentre, units, paired, crossCheckP, join(note, extraNote));
    }

    /** This estimate with its unit variance moderated across rows: {@code newVariance} on {@code newDf}. */
    public Estimate withVariance(double newVariance, double newDf) {
        return new Estimate(method, diff, newVariance, newDf, seFactor, moderatable, fixedVariance, fixedDf, baseCentre,
                candCentre, units, paired, crossCheckP, note);
    }

    /** This estimate with {@code extraNote} added to its note. */
    public Estimate withNote(String extraNote) {
        return new Estimate(method, diff, variance, df, seFactor, moderatable, fixedVariance, fixedDf, baseCentre,
                candCentre, units, paired, crossCheckP, join(note, extraNote));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}
