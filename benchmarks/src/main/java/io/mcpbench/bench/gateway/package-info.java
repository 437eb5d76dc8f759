/**
 * Benchmarks of {@code io.mcpbench.core.gateway} and {@code io.mcpbench.core.session}: one
 * {@code tools/call} end to end beside the MCP SDK server handling the same bytes, {@code tools/list}
 * pagination, and an SDK client session's connect and initialize. The request streams they share
 * are built by {@link io.mcpbench.bench.gateway.CallRequests}.
 */
package io.mcpbench.bench.gateway;
