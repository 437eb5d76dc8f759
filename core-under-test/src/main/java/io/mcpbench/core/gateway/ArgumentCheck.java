package io.mcpbench.core.gateway;

import tools.jackson.databind.JsonNode;

/**
 * The check a tool's arguments must pass before the call goes downstream: in practice the tool's
 * compiled {@code inputSchema}. The gateway turns a violation into a tool execution error the model
 * can read and correct, as MCP 2025-11-25 asks for invalid input.
 */
@FunctionalInterface
public interface ArgumentCheck {

    /**
     * Checks one call's arguments.
     *
     * @param arguments an object node, never null (omitted arguments arrive as an empty object)
     * @return {@code null} when the arguments are valid, else one line naming the failing field
     */
    String violation(JsonNode arguments);
}
