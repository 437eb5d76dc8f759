package io.mcpbench.compare.policy;

import java.util.Locale;

/**
 * A physical unit as JMH and thresholds write it, reduced to a family and a factor to the
 * family's base unit (seconds, operations per second, bytes), so a limit written in one unit can
 * be checked against a row measured in another. {@code /op} on times and bytes is accepted and
 * ignored: {@code ms} and {@code ms/op} are the same unit. Kilo and mega bytes are binary
 * (1024), as JMH's {@code gc.alloc.rate} uses.
 */
public record Quantity(Family family, double factor, String symbol) {

    /** What a unit measures; values convert only within one family. */
    public enum Family {
        /** Time per operation; base unit the second. */
        TIME,
        /** Operations per time; base unit operations per second. */
        RATE,
        /** Bytes (per operation or in total); base unit the byte. */
        BYTES
    }

    /**
     * The unit named by {@code symbol} ({@code ns}, {@code us}, {@code µs}, {@code ms},
     * {@code s}, {@code min}, each optionally {@code /op}; {@code ops/ns} ... {@code ops/min};
     * {@code B}, {@code KB}, {@code MB}, {@code GB}, optionally {@code /op}), or null if unknown.
     */
    public static Quantity parse(String symbol) {
        if (symbol == null) return null;
        String s = symbol.trim();
        if (s.startsWith("ops/")) {
            Double perUnit = seconds(s.substring(4));
            return perUnit == null ? null : new Quantity(Family.RATE, 1.0 / perUnit, s);
        }
        String base = s.endsWith("/op") ? s.substring(0, s.length() - 3) : s;
        Double t = seconds(base);
        if (t != null) return new Quantity(Family.TIME, t, s);
        Double b = bytes(base);
        if (b != null) return new Quantity(Family.BYTES, b, s);
        return null;
    }

    private static Double seconds(String u) {
        switch (u) {
            case "ns": return 1e-9;
            case "us": case "µs": case "μs": return 1e-6;
            case "ms": return 1e-3;
            case "s": return 1.0;
            case "min": return 60.0;
            case "hr": case "h": return 3600.0;
            default: return null;
        }
    }

    private static Double bytes(String u) {
        switch (u.toUpperCase(Locale.ROOT)) {
            case "B": return 1.0;
            case "KB": case "KIB": return 1024.0;
            case "MB": case "MIB": return 1024.0 * 1024;
            case "GB": case "GIB": return 1024.0 * 1024 * 1024;
            default: return null;
        }
    }

    /** {@code value} in this unit expressed in {@code target}; NaN when the families differ. */
    public double convert(double value, Quantity target) {
        if (target.family != family) return Double.NaN;
        return value * factor / target.factor;
    }
}
