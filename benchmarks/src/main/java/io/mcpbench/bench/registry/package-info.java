/**
 * Benchmarks of {@code io.mcpbench.core.registry}: heartbeats, lookups and listings alone and
 * beside writers, and the cost of services joining, leaving and expiring.
 */
package io.mcpbench.bench.registry;
