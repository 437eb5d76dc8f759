package io.mcpbench.compare.peers;

import io.mcpbench.compare.model.RowKey;

/**
 * How many times faster our implementation is than one peer on one benchmark row: the peer's time
 * over ours (or our throughput over the peer's), the ratio of the geometric means of the two
 * sides' fork centres, with its two-sided interval. Above 1 ours is faster, below 1 slower.
 *
 * @param ours       our row (the peer's row is the same key with {@code param} set to {@code peer})
 * @param param      the parameter whose values name the implementations
 * @param peer       the peer's value of {@code param}
 * @param unit       the unit both rows were compared in
 * @param oursForks  our forks the ratio rests on (the settled ones)
 * @param peerForks  the peer's forks the ratio rests on
 * @param ratio      how many times faster ours is; NaN when it cannot be computed
 * @param low        the interval's lower end; NaN when the interval cannot be computed
 * @param high       the interval's upper end; NaN when the interval cannot be computed
 * @param confidence the interval's level
 * @param note       why the ratio or its interval is missing, and what a reader should know; or empty
 */
public record PeerRatio(RowKey ours, String param, String peer, String unit, int oursForks, int peerForks,
                        double ratio, double low, double high, double confidence, String note) {

    /** True when the interval was computed (two forks or more a side, positive finite values). */
    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
