package io.mcpbench.compare.pairing;

import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.normalize.MetricDirection;

/**
 * One row as both sides measured it, in one unit. A side the row is missing from is null.
 *
 * @param key       the row
 * @param unit      the unit both sides are in
 * @param direction which way is better
 * @param base      the baseline's measurements, or null (NEW)
 * @param cand      the candidate's measurements, or null (MISSING)
 */
public record RowPair(RowKey key, String unit, MetricDirection direction, Row base, Row cand) {

    /** True when both sides measured the row. */
    public boolean bothSides() {
        return base != null && cand != null;
    }
}
