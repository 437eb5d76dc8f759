/**
 * Exporting JMH results to monitoring systems: OpenMetrics text for node_exporter's textfile
 * collector or a Pushgateway, so benchmark scores can be charted over time beside other metrics.
 */
package io.mcpbench.compare.export;
