package io.mcpbench.bench.gateway;

/**
 * What a precomputed {@code tools/call} stream asks for, so that the success path and the two
 * cheap-rejection paths of a server are measured separately.
 */
public enum CallKind {

    /** A known tool with arguments its schema accepts: the full path down to the downstream server. */
    VALID,

    /** A known tool with arguments broken in one way: rejected by validation, answered as a tool error. */
    INVALID_ARGUMENTS,

    /** A tool name no server has: rejected at lookup, before validation. */
    UNKNOWN_TOOL
}
