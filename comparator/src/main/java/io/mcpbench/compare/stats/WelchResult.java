package io.mcpbench.compare.stats;

/**
 * Welch's unequal-variance t-test of candidate minus baseline.
 *
 * @param t      the t statistic
 * @param df     Welch-Satterthwaite degrees of freedom
 * @param p      two-sided p-value
 * @param diff   mean(candidate) - mean(baseline)
 * @param se     standard error of {@code diff}
 * @param ciLow  lower end of the interval for {@code diff}
 * @param ciHigh upper end of the interval for {@code diff}
 */
public record WelchResult(double t, double df, double p, double diff, double se, double ciLow, double ciHigh) {
}
