/**
 * Exporting to monitoring systems: a report's result rows as OpenMetrics text, with label names
 * promtool accepts and that keep a series' identity from run to run.
 */
package io.mcpbench.compare.export;
