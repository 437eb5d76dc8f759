package io.mcpbench.compare.stats;

/**
 * The two-level random-effects decomposition of a row's log measurements (Kalibera and Jones,
 * "Rigorous benchmarking in reasonable time"): variance between forks (each JVM settles on its
 * own level) and within a fork (iteration noise), from a one-way ANOVA on the forks.
 *
 * @param between    estimated fork-to-fork variance of the log level (0 when not detectable)
 * @param within     pooled variance of log iterations inside a fork
 * @param forks      forks used
 * @param iterations mean number of iterations per fork
 * @param betweenKnown false when a single fork leaves the fork-to-fork variance unknown
 */
public record VarianceComponents(double between, double within, int forks, double iterations, boolean betweenKnown) {

    /** Components of {@code [fork][iteration]} positive measurements, on the log scale. */
    public static VarianceComponents of(double[][] forks) {
        int n = forks.length;
        double ssWithin = 0;
        int dfWithin = 0;
        double totalIterations = 0;
        double[] means = new double[n];
        for (int f = 0; f < n; f++) {
            double[] x = forks[f];
            int m = x.length;
            totalIterations += m;
            double s = 0;
            for (double v : x) {
                s += Math.log(v);
            }
            double mean = s / m;
            means[f] = mean;
            for (double v : x) {
                double d = Math.log(v) - mean;
                ssWithin += d * d;
            }
            dfWithin += m - 1;
        }
        double within = dfWithin > 0 ? ssWithin / dfWithin : 0.0;
        double mbar = totalIterations / n;
        if (n < 2) {
            return new VarianceComponents(0.0, within, n, mbar, false);
        }
        double between = Math.max(0.0, Samples.variance(means) - within / mbar);
        return new VarianceComponents(between, within, n, mbar, true);
    }

    /** Variance of a side's mean log level with {@code n} forks of {@code m} iterations. */
    public double varianceOfMean(int n, double m) {
        return (between + within / m) / n;
    }
}
