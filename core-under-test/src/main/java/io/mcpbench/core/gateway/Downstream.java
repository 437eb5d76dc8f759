package io.mcpbench.core.gateway;

import io.modelcontextprotocol.spec.McpSchema;
import tools.jackson.databind.JsonNode;

/**
 * The MCP servers behind the gateway, as the gateway calls them: a {@code tools/call} on one
 * instance that takes some time and sometimes fails. A failure is a tool execution error, a
 * {@link McpSchema.CallToolResult} with {@code isError: true}, as an MCP server reports it; the
 * gateway passes it on and counts it against the instance. A real gateway puts its MCP clients
 * here; benchmarks put a simulated server. Implementations are thread-safe.
 */
public interface Downstream {

    /**
     * Runs one call on {@code instanceId}, on the calling thread.
     *
     * @param instanceId the instance the router picked
     * @param toolName   the tool's name on its own server (not the qualified name)
     * @param arguments  the call's arguments, already validated; an object node, never null, read-only
     * @return the tool's result; {@code isError} is {@code true} when the call failed
     */
    McpSchema.CallToolResult call(String instanceId, String toolName, JsonNode arguments);
}
