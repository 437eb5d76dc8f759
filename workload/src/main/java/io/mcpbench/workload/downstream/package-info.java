/**
 * The simulated MCP servers behind a gateway: a seeded
 * {@link io.mcpbench.core.gateway.Downstream} whose latency follows a
 * {@link io.mcpbench.workload.downstream.LatencyModel} (none, fixed, or lognormal as real tool
 * servers show), spent by spinning or parking, and whose calls fail at a chosen rate.
 */
package io.mcpbench.workload.downstream;
