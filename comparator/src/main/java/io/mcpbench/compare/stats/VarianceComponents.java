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

    /**
     * Components pooled over two sides that may differ in level (baseline and candidate): each
     * fork's mean is taken around its own side's mean. On the log scale when {@code log}, else
     * on the values themselves. The fork-to-fork variance is unknown when neither side has two forks.
     */
    public static VarianceComponents pooled(double[][] a, double[][] b, boolean log) {
        double ssWithin = 0;
        int dfWithin = 0;
        double ssBetween = 0;
        int dfBetween = 0;
        double totalIterations = 0;
        int forks = 0;
        for (double[][] side : new double[][][] {a, b}) {
            double[] means = new double[side.length];
            for (int f = 0; f < side.length; f++) {
                double[] x = side[f];
                double s = 0;
                for (double v : x) {
                    s += log ? Math.log(v) : v;
                }
                double mean = s / x.length;
                means[f] = mean;
                for (double v : x) {
                    double d = (log ? Math.log(v) : v) - mean;
                    ssWithin += d * d;
                }
                dfWithin += x.length - 1;
                totalIterations += x.length;
            }
            forks += side.length;
            if (side.length > 1) {
                ssBetween += Samples.variance(means) * (side.length - 1);
                dfBetween += side.length - 1;
            }
        }
        double within = dfWithin > 0 ? ssWithin / dfWithin : 0.0;
        double mbar = forks == 0 ? 0 : totalIterations / forks;
        if (dfBetween == 0) {
            return new VarianceComponents(0.0, within, forks, mbar, false);
        }
        double between = Math.max(0.0, ssBetween / dfBetween - within / mbar);
        return new VarianceComponents(between, within, forks, mbar, true);
    }

    /** Share of a single value's variance that is the fork's level (0 when unknown or no variance). */
    public double intraclassCorrelation() {
        double total = between + within;
        return betweenKnown && total > 0 ? between / total : 0.0;
    }

    /** Variance of a side's mean log level with {@code n} forks of {@code m} iterations. */
    public double varianceOfMean(int n, double m) {
        return (between + within / m) / n;
    }
}
