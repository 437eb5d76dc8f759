/**
 * Putting two rows on the same footing before any test: which way is better for a metric, and
 * one unit for both sides (throughput and time units converted, anything else kept as written).
 */
package io.mcpbench.compare.normalize;
