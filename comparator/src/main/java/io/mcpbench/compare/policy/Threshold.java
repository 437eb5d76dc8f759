package io.mcpbench.compare.policy;

import java.util.Objects;

/**
 * One absolute limit in the k6 style, e.g. {@code p(95)<500ms}: an aggregate, a comparison and
 * a bound, optionally with a unit. Without a unit the bound is read in the row's own unit.
 *
 * @param expression the text as written
 * @param aggregate  which value is limited
 * @param op         the comparison the value must satisfy
 * @param bound      the bound, in {@code unit}
 * @param unit       the bound's unit, or null for "the row's unit"
 */
public record Threshold(String expression, Aggregate aggregate, Op op, double bound, Quantity unit) {

    /** How the measured value must relate to the bound. */
    public enum Op {
        LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** As written in a threshold. */
        public String symbol() {
            return symbol;
        }

        /** True when {@code value op bound} holds; a NaN value never satisfies a limit. */
        public boolean holds(double value, double bound) {
            switch (this) {
                case LT: return value < bound;
                case LE: return value <= bound;
                case GT: return value > bound;
                default: return value >= bound;
            }
        }
    }

    public Threshold {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(op, "op");
    }

    /**
     * True when a row in {@code rowUnit} is of the kind this threshold limits: any row for an
     * aggregate without a unit family; else a row whose unit is of that family (a {@code thrpt}
     * limit names throughput rows, not time rows of the same benchmark).
     */
    public boolean names(String rowUnit) {
        if (aggregate.family() == null) return true;
        Quantity row = Quantity.parse(rowUnit);
        return row != null && row.family() == aggregate.family();
    }

    /**
     * The bound in the row's unit, or NaN when the threshold does not apply to a row of that
     * unit (a time limit on a throughput row, an unknown row unit with a unit-bearing limit).
     */
    public double boundIn(String rowUnit) {
        Quantity row = Quantity.parse(rowUnit);
        if (aggregate.family() != null && (row == null || row.family() != aggregate.family())) {
            return Double.NaN;
        }
        if (unit == null) return bound;
        if (row == null) return Double.NaN;
        return unit.convert(bound, row);
    }

    @Override
    public String toString() {
        return expression;
    }
}
