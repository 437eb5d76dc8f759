package io.mcpbench.compare.normalize;

import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;

/**
 * Unit conversion between the two sides of a row. Throughput units ({@code ops/s},
 * {@code ops/ms}, {@code ops/us}, {@code ops/ns}) convert among themselves and compare in the
 * baseline's unit; time units ({@code s/op}, {@code ms/op}, {@code us/op}, {@code ns/op})
 * compare in {@code ns/op}. Any other unit must match exactly. A row whose sides cannot be
 * related is refused with an {@link IncompatibleUnitsException}.
 */
public final class Units {

    /** The unit time rows are compared in. */
    public static final String NANOS_PER_OP = "ns/op";

    private Units() {
    }

    /** The unit both sides of {@code key} are compared in, or an error when none relates them. */
    public static String commonUnit(RowKey key, String baseUnit, String candUnit) {
        double bt = throughputSeconds(baseUnit);
        double ct = throughputSeconds(candUnit);
        if (!Double.isNaN(bt) && !Double.isNaN(ct)) {
            return baseUnit;
        }
        double bs = timeNanos(baseUnit);
        double cs = timeNanos(candUnit);
        if (!Double.isNaN(bs) && !Double.isNaN(cs)) {
            return NANOS_PER_OP;
        }
        if (baseUnit.equals(candUnit)) {
            return baseUnit;
        }
        throw new IncompatibleUnitsException(key.displayName() + " (" + key.mode() + "): incompatible units, baseline "
                + quote(baseUnit) + " vs candidate " + quote(candUnit));
    }

    /** The factor that turns a value in {@code from} into {@code to}; 1 for equal units. */
    public static double factor(String from, String to) {
        if (from.equals(to)) {
            return 1.0;
        }
        double tf = throughputSeconds(from);
        double tt = throughputSeconds(to);
        if (!Double.isNaN(tf) && !Double.isNaN(tt)) {
            return tt / tf; // ops per (tf seconds) -> ops per (tt seconds)
        }
        double sf = timeNanos(from);
        double st = timeNanos(to);
        if (!Double.isNaN(sf) && !Double.isNaN(st)) {
            return sf / st;
        }
        throw new IncompatibleUnitsException("no conversion from " + quote(from) + " to " + quote(to));
    }

    /** The row with every value (and histogram value) in {@code unit}; the same row if already there. */
    public static Row convert(Row row, String unit) {
        double f = factor(row.unit(), unit);
        if (f == 1.0) {
            return row.unit().equals(unit) ? row : row.withValues(unit, row.forks(), row.histograms());
        }
        double[][] src = row.forks();
        double[][] forks = new double[src.length][];
        for (int i = 0; i < src.length; i++) {
            forks[i] = new double[src[i].length];
            for (int j = 0; j < src[i].length; j++) {
                forks[i][j] = src[i][j] * f;
            }
        }
        double[][][][] hist = null;
        if (row.histograms() != null) {
            double[][][][] h = row.histograms();
            hist = new double[h.length][][][];
            for (int a = 0; a < h.length; a++) {
                hist[a] = new double[h[a].length][][];
                for (int b = 0; b < h[a].length; b++) {
                    hist[a][b] = new double[h[a][b].length][];
                    for (int c = 0; c < h[a][b].length; c++) {
                        hist[a][b][c] = new double[] {h[a][b][c][0] * f, h[a][b][c][1]};
                    }
                }
            }
        }
        return row.withValues(unit, forks, hist);
    }

    /** True for {@code ops/<time>} units. */
    public static boolean isThroughput(String unit) {
        return !Double.isNaN(throughputSeconds(unit));
    }

    /** True for {@code <time>/op} units. */
    public static boolean isTimePerOp(String unit) {
        return !Double.isNaN(timeNanos(unit));
    }

    /** Seconds in the denominator of an {@code ops/<time>} unit, NaN for other units. */
    private static double throughputSeconds(String unit) {
        switch (unit) {
            case "ops/s":
                return 1.0;
            case "ops/ms":
                return 1e-3;
            case "ops/us":
                return 1e-6;
            case "ops/ns":
                return 1e-9;
            default:
                return Double.NaN;
        }
    }

    /** Nanoseconds in the numerator of a {@code <time>/op} unit, NaN for other units. */
    private static double timeNanos(String unit) {
        switch (unit) {
            case "s/op":
                return 1e9;
            case "ms/op":
                return 1e6;
            case "us/op":
                return 1e3;
            case "ns/op":
                return 1.0;
            default:
                return Double.NaN;
        }
    }

    private static String quote(String unit) {
        return unit.isEmpty() ? "(none)" : unit;
    }
}
