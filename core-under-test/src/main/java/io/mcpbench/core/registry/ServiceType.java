package io.mcpbench.core.registry;

/** The role a registered service plays, so callers can list only the kind they route to. */
public enum ServiceType {
    /** A downstream MCP server that owns tools. */
    MCP_SERVER,
    /** A bridge that exposes a non-MCP backend as an MCP server. */
    MCP_ADAPTER,
    /** A gateway instance that aggregates servers. */
    GATEWAY
}
