/**
 * Stress tests of {@code io.mcpbench.core.metrics}: no recording is lost, and a histogram snapshot
 * taken while threads record is internally consistent.
 */
package io.mcpbench.stress.metrics;
