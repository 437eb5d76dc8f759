package io.mcpbench.compare.stats;

/**
 * Per-fork summaries of a row's measurements, {@code [fork][iteration]}. The fork, not the
 * iteration, is the independent unit: iterations in one JVM share its JIT decisions and layout.
 */
public final class Samples {

    private Samples() {
    }

    /** The arithmetic mean of each fork's iterations. */
    public static double[] forkMeans(double[][] forks) {
        double[] out = new double[forks.length];
        for (int f = 0; f < forks.length; f++) {
            out[f] = mean(forks[f]);
        }
        return out;
    }

    /** The log of each fork's mean (the scale on which ratios become differences). */
    public static double[] logForkMeans(double[][] forks) {
        double[] out = new double[forks.length];
        for (int f = 0; f < forks.length; f++) {
            out[f] = Math.log(mean(forks[f]));
        }
        return out;
    }

    /** Every iteration of every fork in one array (the low-confidence fallback's sample). */
    public static double[] pooled(double[][] forks, boolean log) {
        int n = 0;
        for (double[] f : forks) {
            n += f.length;
        }
        double[] out = new double[n];
        int k = 0;
        for (double[] f : forks) {
            for (double v : f) {
                out[k++] = log ? Math.log(v) : v;
            }
        }
        return out;
    }

    /** True when every value of every fork is strictly positive, so logs exist. */
    public static boolean allPositive(double[][] forks) {
        for (double[] f : forks) {
            for (double v : f) {
                if (!(v > 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Unbiased sample variance (two-pass); NaN below two values. */
    public static double variance(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double m = mean(x);
        double ss = 0;
        double c = 0;
        for (double v : x) {
            double d = v - m;
            ss += d * d;
            c += d;
        }
        return (ss - c * c / x.length) / (x.length - 1);
    }

    /**
     * True when a sample looks far from normal: adjusted skewness beyond 1 in magnitude, or a
     * value more than 3.5 robust standard deviations (MAD) from the median. Needs at least 5 values.
     */
    public static boolean looksNonNormal(double[] x) {
        int n = x.length;
        if (n < 5) {
            return false;
        }
        double m = mean(x);
        double m2 = 0;
        double m3 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= n;
        m3 /= n;
        if (m2 > 0) {
            double g1 = m3 / Math.pow(m2, 1.5);
            double adjusted = g1 * Math.sqrt((double) n * (n - 1)) / (n - 2);
            if (Math.abs(adjusted) > 1.0) {
                return true;
            }
        }
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        double median = median(sorted);
        double[] dev = new double[n];
        for (int i = 0; i < n; i++) {
            dev[i] = Math.abs(sorted[i] - median);
        }
        java.util.Arrays.sort(dev);
        double mad = 1.4826 * median(dev);
        if (mad <= 0) {
            return false;
        }
        return Math.abs(sorted[0] - median) > 3.5 * mad || Math.abs(sorted[n - 1] - median) > 3.5 * mad;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return (n & 1) == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
