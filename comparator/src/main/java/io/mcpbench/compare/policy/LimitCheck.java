package io.mcpbench.compare.policy;

import io.mcpbench.compare.model.RowKey;

/**
 * One absolute limit checked on one candidate row.
 *
 * @param limit  the limit
 * @param key    the row it was checked on
 * @param value  the candidate's value, in {@code unit}
 * @param bound  the limit's bound converted to {@code unit}
 * @param unit   the row's unit
 * @param passed true when the value satisfies the limit
 * @param problem why the limit could not be checked on this row (no finite value, a unit the
 *                threshold cannot be converted to), or null when it was
 */
public record LimitCheck(Limit limit, RowKey key, double value, double bound, String unit, boolean passed,
                         String problem) {

    /** A check that was made. */
    public LimitCheck(Limit limit, RowKey key, double value, double bound, String unit, boolean passed) {
        this(limit, key, value, bound, unit, passed, null);
    }

    /** A limit that names {@code key} but could not be checked on it: it fails the gate (closed). */
    public static LimitCheck unchecked(Limit limit, RowKey key, String unit, String problem) {
        return new LimitCheck(limit, key, Double.NaN, Double.NaN, unit, false, problem);
    }

    /** True when the limit was checked on the row. */
    public boolean checked() {
        return problem == null;
    }
}
