package io.mcpbench.core.gateway;

/**
 * Where the gateway reports each operation's duration, keyed as the OpenTelemetry MCP semantic
 * conventions key {@code mcp.server.operation.duration}: method name, tool name, error type.
 * Called once per request on the request thread; implementations must not block.
 */
@FunctionalInterface
public interface CallRecorder {

    /** The error type of a tool call whose result has {@code isError: true}. */
    String TOOL_ERROR = "tool_error";

    /** The error type of a tool call shed because an in-flight limit was reached. */
    String OVERLOADED = "overloaded";

    /** A recorder that keeps nothing. */
    CallRecorder NONE = (method, toolName, errorType, durationNanos) -> { };

    /**
     * Records one operation.
     *
     * @param method        {@code mcp.method.name}, e.g. {@code tools/call}
     * @param toolName      {@code gen_ai.tool.name}, or null when the operation has no tool
     * @param errorType     {@code error.type}: null on success, {@link #TOOL_ERROR}, {@link #OVERLOADED}, or a JSON-RPC error code
     * @param durationNanos how long the gateway took
     */
    void record(String method, String toolName, String errorType, long durationNanos);
}
