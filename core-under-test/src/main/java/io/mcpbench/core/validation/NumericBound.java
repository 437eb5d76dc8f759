package io.mcpbench.core.validation;

import tools.jackson.databind.JsonNode;

/**
 * One numeric bound ({@code minimum}, {@code maximum}, {@code exclusiveMinimum} or {@code
 * exclusiveMaximum}) that can tell, with primitive arithmetic only, whether a value certainly
 * satisfies it. It answers {@code false} both for values that break the bound and for values it
 * cannot compare exactly (big integers, decimals, longs beyond 2^53 against a fractional bound);
 * callers then ask the JSON Schema library, which decides exactly.
 */
final class NumericBound {

    /** Longs up to 2^53 in magnitude convert to double exactly. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private static final int AT_LEAST = 0;
    private static final int ABOVE = 1;
    private static final int AT_MOST = 2;
    private static final int BELOW = 3;

    private final int mode;
    private final boolean integral;
    private final long longBound;
    private final double doubleBound;

    private NumericBound(int mode, boolean integral, long longBound, double doubleBound) {
        this.mode = mode;
        this.integral = integral;
        this.longBound = longBound;
        this.doubleBound = doubleBound;
    }

    /** The bound for a keyword and its schema value, or {@code null} if either is not one this class handles. */
    static NumericBound of(String keyword, JsonNode bound) {
        int mode;
        switch (keyword) {
            case "minimum" -> mode = AT_LEAST;
            case "exclusiveMinimum" -> mode = ABOVE;
            case "maximum" -> mode = AT_MOST;
            case "exclusiveMaximum" -> mode = BELOW;
            default -> {
                return null;
            }
        }
        if (bound.isIntegralNumber() && bound.canConvertToLong()) {
            return new NumericBound(mode, true, bound.longValue(), 0.0);
        }
        if ((bound.isDouble() || bound.isFloat()) && Double.isFinite(bound.doubleValue())) {
            return new NumericBound(mode, false, 0L, bound.doubleValue());
        }
        return null;
    }

    /** Whether {@code node} is a number that certainly satisfies the bound. */
    boolean provablyHolds(JsonNode node) {
        if (node.isInt() || node.isLong()) {
            long value = node.longValue();
            if (integral) {
                return holds(Long.compare(value, longBound));
            }
            return Math.abs(value) < EXACT_IN_DOUBLE && holds(compare(value, doubleBound));
        }
        if (node.isDouble()) {
            double value = node.doubleValue();
            if (Double.isNaN(value)) {
                return false;
            }
            if (integral) {
                return Math.abs(longBound) < EXACT_IN_DOUBLE && holds(compare(value, longBound));
            }
            return holds(compare(value, doubleBound));
        }
        return false;
    }

    private static int compare(double a, double b) {
        return a < b ? -1 : (a > b ? 1 : 0);
    }

    private boolean holds(int comparison) {
        return switch (mode) {
            case AT_LEAST -> comparison >= 0;
            case ABOVE -> comparison > 0;
            case AT_MOST -> comparison <= 0;
            default -> comparison < 0;
        };
    }
}
