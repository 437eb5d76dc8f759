package io.mcpbench.core.metrics;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records MCP operation durations under the OpenTelemetry names: {@code mcp.server.operation.duration}
 * (or the client one) in seconds, with {@code mcp.method.name}, {@code gen_ai.tool.name} (when
 * there is a tool) and {@code error.type} (only on failure).
 *
 * <p>{@link #handle} resolves an {@link OperationHandle} once for callers that know the
 * combination in advance. {@link #record} looks the handle up in a cache keyed by method, then
 * tool, then error type, using the strings themselves as keys: a hit is two or three hash lookups
 * and allocates nothing.
 */
public final class McpOperationMetrics {

    private static final String NO_TOOL = "";

    private final MetricsCollector collector;
    private final String metricName;
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, ToolEntry>> byMethod =
            new ConcurrentHashMap<>();

    private McpOperationMetrics(MetricsCollector collector, String metricName) {
        this.collector = Objects.requireNonNull(collector, "collector");
        this.metricName = metricName;
    }

    /** Server-side durations ({@value McpMetricNames#SERVER_OPERATION_DURATION}). */
    public static McpOperationMetrics server(MetricsCollector collector) {
        return new McpOperationMetrics(collector, McpMetricNames.SERVER_OPERATION_DURATION);
    }

    /** Client-side durations ({@value McpMetricNames#CLIENT_OPERATION_DURATION}). */
    public static McpOperationMetrics client(MetricsCollector collector) {
        return new McpOperationMetrics(collector, McpMetricNames.CLIENT_OPERATION_DURATION);
    }

    /** The metric family this records into. */
    public String metricName() {
        return metricName;
    }

    /**
     * Records one operation.
     *
     * @param method JSON-RPC method, required
     * @param toolName the tool for {@code tools/call}, or null
     * @param errorTypeOrNull the error type on failure, or null on success
     * @param durationNanos duration in nanoseconds
     */
    public void record(String method, String toolName, String errorTypeOrNull, long durationNanos) {
        handle(method, toolName, errorTypeOrNull).record(durationNanos);
    }

    /**
     * The handle for one combination; the same combination always returns the same handle.
     *
     * @throws NullPointerException if method is null
     * @throws IllegalArgumentException if method is empty
     */
    public OperationHandle handle(String method, String toolName, String errorTypeOrNull) {
        ConcurrentHashMap<String, ToolEntry> byTool = byMethod.get(Objects.requireNonNull(method, "method"));
        if (byTool == null) {
            if (method.isEmpty()) {
                throw new IllegalArgumentException("MCP method name must not be empty");
            }
            byTool = byMethod.computeIfAbsent(method, m -> new ConcurrentHashMap<>());
        }
        String toolKey = toolName == null ? NO_TOOL : toolName;
        ToolEntry entry = byTool.get(toolKey);
        if (entry == null) {
            entry = byTool.computeIfAbsent(toolKey, t -> new ToolEntry());
        }
        if (errorTypeOrNull == null) {
            OperationHandle ok = entry.success;
            return ok != null ? ok : entry.success(method, toolName);
        }
        OperationHandle failed = entry.errors.get(errorTypeOrNull);
        return failed != null ? failed
                : entry.errors.computeIfAbsent(errorTypeOrNull, e -> resolve(method, toolName, e));
    }

    private OperationHandle resolve(String method, String toolName, String errorType) {
        Attributes attributes;
        if (toolName == null) {
            attributes = errorType == null
                    ? Attributes.of(McpMetricNames.METHOD_NAME, method)
                    : Attributes.of(McpMetricNames.METHOD_NAME, method, McpMetricNames.ERROR_TYPE, errorType);
        } else {
            attributes = errorType == null
                    ? Attributes.of(McpMetricNames.METHOD_NAME, method, McpMetricNames.TOOL_NAME, toolName)
                    : Attributes.of(McpMetricNames.METHOD_NAME, method, McpMetricNames.TOOL_NAME, toolName,
                            McpMetricNames.ERROR_TYPE, errorType);
        }
        return new OperationHandle(
                collector.histogram(metricName, attributes, HistogramSpec.nanosecondsAsSeconds()));
    }

    /** Handles of one (method, tool): the success handle and one per error type. */
    private final class ToolEntry {
        volatile OperationHandle success;
        final ConcurrentHashMap<String, OperationHandle> errors = new ConcurrentHashMap<>();

        synchronized OperationHandle success(String method, String toolName) {
            OperationHandle h = success;
            if (h == null) {
                h = resolve(method, toolName, null);
                success = h;
            }
            return h;
        }
    }
}
