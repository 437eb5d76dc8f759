/**
 * Counters, gauges and latency histograms for the gateway, under OpenTelemetry's MCP names, with
 * OpenMetrics text export.
 *
 * <p>{@link io.mcpbench.core.metrics.MetricsCollector} registers metric families by name and series
 * by {@link io.mcpbench.core.metrics.Attributes}; hot paths hold a pre-resolved
 * {@link io.mcpbench.core.metrics.Counter}, {@link io.mcpbench.core.metrics.Gauge} or
 * {@link io.mcpbench.core.metrics.Histogram}. Histograms use the log-linear buckets of
 * {@link io.mcpbench.core.metrics.LogLinearBuckets} (128 per power of two, percentiles within
 * 0.39%) and record into per-thread recorders without locks, compare-and-set or allocation.
 * {@link io.mcpbench.core.metrics.McpOperationMetrics} records {@code mcp.server.operation.duration}
 * per (method, tool, error type), and {@link io.mcpbench.core.metrics.OpenMetricsExposition} exports it
 * all as Prometheus and the OpenTelemetry collector scrape it.
 */
package io.mcpbench.core.metrics;
