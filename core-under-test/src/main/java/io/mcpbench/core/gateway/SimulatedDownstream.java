package io.mcpbench.core.gateway;

import io.modelcontextprotocol.spec.McpSchema;
import tools.jackson.databind.JsonNode;

/**
 * The MCP server behind the gateway, reduced to what a benchmark needs: a tools/call on one
 * instance takes some time and sometimes fails. A failure is a tool execution error, a
 * {@link McpSchema.CallToolResult} with {@code isError: true}, as an MCP server reports it; the
 * gateway passes it on and counts it against the instance. Implementations are thread-safe.
 */
public interface SimulatedDownstream {

    /**
     * Runs one call on {@code instanceId}, spending the call's latency on the calling thread.
     *
     * @param instanceId the instance the router picked
     * @param toolName   the tool's name on its own server (not the qualified name)
     * @param arguments  the call's arguments, already validated; an object node, never null, read-only
     * @return the tool's result; {@code isError} is {@code true} when the call failed
     */
    McpSchema.CallToolResult call(String instanceId, String toolName, JsonNode arguments);
}
