package io.mcpbench.compare.report;

import io.mcpbench.compare.policy.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers for people: three significant digits, times scaled to ns/µs/ms/s, throughputs with
 * k/M/G prefixes, bytes to B/KB/MB/GB (binary), so a column reads at a glance. Units it does not
 * know are kept as written.
 */
public final class HumanUnits {

    private static final MathContext THREE = new MathContext(3);
    private static final String[] TIME_UNITS = {"ns", "µs", "ms", "s"};
    private static final double[] TIME_FACTORS = {1e-9, 1e-6, 1e-3, 1};
    private static final String[] RATE_PREFIXES = {"", "k", "M", "G"};
    private static final String[] BYTE_UNITS = {"B", "KB", "MB", "GB"};

    private HumanUnits() {
    }

    /** {@code v} to three significant digits, plain notation; {@code -} for NaN. */
    public static String sig3(double v) {
        if (Double.isNaN(v)) return "-";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return "0";
        BigDecimal bd = new BigDecimal(v).round(THREE);
        int integerDigits = bd.precision() - bd.scale();
        int scale = Math.max(bd.scale(), Math.max(0, 3 - integerDigits));
        return bd.setScale(scale, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code value} in {@code unit} scaled for reading, with its unit: {@code 1.23 µs/op}. */
    public static String format(double value, String unit) {
        if (Double.isNaN(value)) return "-";
        Scale s = scale(value, unit);
        return sig3(s.apply(value)) + (s.unit().isEmpty() ? "" : " " + s.unit());
    }

    /**
     * The unit {@code value} (in {@code unit}) reads best in, as {@link #format} picks it, so that
     * a value and its error can be written in one unit with {@link Scale#apply}. A
     * unit it does not know is kept, with factor 1.
     */
    public static Scale scale(double value, String unit) {
        Quantity q = Quantity.parse(unit);
        if (q == null) return new Scale(unit == null ? "" : unit, 1, 1);
        boolean perOp = unit.endsWith("/op");
        double base = value * q.factor();
        switch (q.family()) {
            case TIME: {
                int i = TIME_UNITS.length - 1;
                while (i > 0 && Math.abs(base) < TIME_FACTORS[i] * 0.9995) i--;
                return new Scale(TIME_UNITS[i] + (perOp ? "/op" : ""), q.factor(), TIME_FACTORS[i]);
            }
            case RATE: {
                int i = 0;
                double v = base;
                double divisor = 1;
                while (i < RATE_PREFIXES.length - 1 && Math.abs(v) >= 999.5) {
                    v /= 1000;
                    divisor *= 1000;
                    i++;
                }
                return new Scale(RATE_PREFIXES[i] + "ops/s", q.factor(), divisor);
            }
            default: {
                int i = 0;
                double v = base;
                double divisor = 1;
                while (i < BYTE_UNITS.length - 1 && Math.abs(v) >= 1023.5) {
                    v /= 1024;
                    divisor *= 1024;
                    i++;
                }
                return new Scale(BYTE_UNITS[i] + (perOp ? "/op" : ""), q.factor(), divisor);
            }
        }
    }

    /** A unit to write values in: {@code from} is the original unit and {@code to} this one, both in the family's base unit. */
    public record Scale(String unit, double from, double to) {

        /** {@code value} in the original unit, expressed in this one. */
        public double apply(double value) {
            return value * from / to;
        }
    }

    /** A relative change as a signed percentage with three significant digits: {@code +12.3%}. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) return "-";
        double p = fraction * 100;
        String s = sig3(Math.abs(p) < 0.0005 ? 0 : p);
        return (p > 0 ? "+" : "") + s + "%";
    }

    /** A p- or q-value: three decimals, or {@code <0.001}. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) return "-";
        if (p < 0.001) return "<0.001";
        return String.format(Locale.ROOT, "%.3f", p);
    }
}
