/**
 * The gateway's request path: JSON-RPC bytes in, {@code tools/call} or {@code tools/list}, JSON-RPC
 * bytes out. {@link io.mcpbench.core.gateway.McpGateway} ties the catalog, tool binding and
 * argument validation, routing (fed by the service registry), a simulated downstream server and
 * the MCP operation metrics together; {@link io.mcpbench.core.gateway.Gateways} builds ready-made
 * ones for benchmarks.
 */
package io.mcpbench.core.gateway;
