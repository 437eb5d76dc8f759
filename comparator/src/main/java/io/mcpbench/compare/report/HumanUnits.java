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
        Quantity q = Quantity.parse(unit);
        if (q == null) return sig3(value) + (unit == null || unit.isEmpty() ? "" : " " + unit);
        boolean perOp = unit.endsWith("/op");
        double base = value * q.factor();
        switch (q.family()) {
            case TIME: {
                int i = TIME_UNITS.length - 1;
                while (i > 0 && Math.abs(base) < TIME_FACTORS[i] * 0.9995) i--;
                return sig3(base / TIME_FACTORS[i]) + " " + TIME_UNITS[i] + (perOp ? "/op" : "");
            }
            case RATE: {
                int i = 0;
                double v = base;
                while (i < RATE_PREFIXES.length - 1 && Math.abs(v) >= 999.5) {
                    v /= 1000;
                    i++;
                }
                return sig3(v) + " " + RATE_PREFIXES[i] + "ops/s";
            }
            default: {
                int i = 0;
                double v = base;
                while (i < BYTE_UNITS.length - 1 && Math.abs(v) >= 1023.5) {
                    v /= 1024;
                    i++;
                }
                return sig3(v) + " " + BYTE_UNITS[i] + (perOp ? "/op" : "");
            }
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
