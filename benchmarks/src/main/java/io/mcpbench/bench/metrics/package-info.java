/**
 * Benchmarks of {@code io.mcpbench.core.metrics} beside the metrics libraries a gateway would
 * otherwise use (Micrometer, Prometheus client_java, the OpenTelemetry SDK, HdrHistogram): recording,
 * counting, reading percentiles and exporting OpenMetrics text.
 */
package io.mcpbench.bench.metrics;
