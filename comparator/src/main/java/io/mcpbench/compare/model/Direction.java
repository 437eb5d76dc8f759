package io.mcpbench.compare.model;

/**
 * Which way is better for a metric: thrpt scores go up when code gets faster; times and bytes go
 * down. Rates that follow throughput ({@code gc.alloc.rate} in MB/s: the same code allocating as
 * before does more of it per second when it runs faster) have no better side.
 */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** Neither: a change is reported, never as a regression or an improvement, and is never gated. */
    NONE;

    /** +1 when a larger value is worse, -1 when a smaller one is, 0 when neither. */
    public int worseSign() {
        return switch (this) {
            case LOWER_IS_BETTER -> 1;
            case HIGHER_IS_BETTER -> -1;
            case NONE -> 0;
        };
    }
}
