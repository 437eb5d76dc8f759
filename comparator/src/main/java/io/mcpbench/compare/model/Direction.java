package io.mcpbench.compare.model;

/** Which way is better for a metric: thrpt scores go up when code gets faster; times and bytes go down. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
