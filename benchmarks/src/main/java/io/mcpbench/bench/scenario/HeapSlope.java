package io.mcpbench.bench.scenario;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Heap growth as a rate: the least-squares slope of heap readings against the time they were
 * taken, in MB per hour of the run, with its two-sided 95% confidence interval (Student's t with
 * n - 2 degrees of freedom on the slope's standard error). A run that keeps nothing per request has
 * an interval around 0; a leak shows as an interval above it, however the readings jitter, so a
 * "no leak" limit can be set on the interval's lower or upper end. Needs at least 3 readings.
 */
final class HeapSlope {

    /** The confidence level of the interval. */
    static final double CONFIDENCE = 0.95;
    private static final double SECONDS_PER_HOUR = 3600.0;

    private double[] seconds = new double[16];
    private double[] megabytes = new double[16];
    private int n;

    /** Adds a reading: {@code mb} of heap at {@code at} seconds into the run. */
    void add(double at, double mb) {
        if (n == seconds.length) {
            seconds = Arrays.copyOf(seconds, 2 * n);
            megabytes = Arrays.copyOf(megabytes, 2 * n);
        }
        seconds[n] = at;
        megabytes[n] = mb;
        n++;
    }

    /** The number of readings. */
    int count() {
        return n;
    }

    /** Whether there are enough readings (3, spread in time) for a slope and its interval. */
    boolean hasInterval() {
        return n >= 3 && new Fit().sxx > 0;
    }

    /** The slope, MB per hour. */
    double perHour() {
        return fit().slope() * SECONDS_PER_HOUR;
    }

    /** Half the width of the slope's {@link #CONFIDENCE} interval, MB per hour. */
    double halfWidthPerHour() {
        Fit f = fit();
        double residual = 0;
        for (int i = 0; i < n; i++) {
            double e = megabytes[i] - f.meanY - f.slope() * (seconds[i] - f.meanT);
            residual += e * e;
        }
        double standardError = Math.sqrt(residual / (n - 2) / f.sxx);
        double t = TDistribution.of(n - 2).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
        return t * standardError * SECONDS_PER_HOUR;
    }

    private Fit fit() {
        if (!hasInterval()) {
            throw new IllegalStateException("a slope with an interval needs 3 readings at different times, have " + n);
        }
        return new Fit();
    }

    /** Means and centred sums of the readings (two passes, so large heaps lose no digits). */
    private final class Fit {
        final double meanT;
        final double meanY;
        final double sxx;
        final double sxy;

        Fit() {
            double t = 0;
            double y = 0;
            for (int i = 0; i < n; i++) {
                t += seconds[i];
                y += megabytes[i];
            }
            meanT = t / n;
            meanY = y / n;
            double xx = 0;
            double xy = 0;
            for (int i = 0; i < n; i++) {
                double dt = seconds[i] - meanT;
                xx += dt * dt;
                xy += dt * (megabytes[i] - meanY);
            }
            sxx = xx;
            sxy = xy;
        }

        double slope() {
            return sxy / sxx;
        }
    }
}
