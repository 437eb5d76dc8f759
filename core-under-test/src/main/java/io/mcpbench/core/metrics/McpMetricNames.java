package io.mcpbench.core.metrics;

/**
 * Names from the OpenTelemetry semantic conventions for MCP, so that what this gateway exports
 * lines up with any other OpenTelemetry-instrumented MCP client or server.
 */
public final class McpMetricNames {

    /** Duration of an MCP request as seen by the server; unit seconds. */
    public static final String SERVER_OPERATION_DURATION = "mcp.server.operation.duration";
    /** Duration of an MCP request as seen by the client; unit seconds. */
    public static final String CLIENT_OPERATION_DURATION = "mcp.client.operation.duration";
    /** The JSON-RPC method, for example {@code tools/call}. */
    public static final String METHOD_NAME = "mcp.method.name";
    /** The tool called, for {@code tools/call}. */
    public static final String TOOL_NAME = "gen_ai.tool.name";
    /** Present only when the operation failed: an error class or JSON-RPC error code. */
    public static final String ERROR_TYPE = "error.type";
    /** The OpenMetrics unit of the durations (UCUM {@code s}). */
    public static final String DURATION_UNIT = "seconds";

    private McpMetricNames() {
    }

    /** The advised explicit bucket boundaries for the operation durations, in seconds. */
    public static double[] durationBucketBoundaries() {
        return HistogramSpec.nanosecondsAsSeconds().exportBoundaries();
    }
}
