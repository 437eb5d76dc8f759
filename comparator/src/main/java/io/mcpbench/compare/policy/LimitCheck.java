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
 */
public record LimitCheck(Limit limit, RowKey key, double value, double bound, String unit, boolean passed) {
}
