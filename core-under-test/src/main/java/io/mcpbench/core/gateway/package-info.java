/**
 * The gateway's request path: JSON-RPC bytes in, {@code tools/call} or {@code tools/list}, JSON-RPC
 * bytes out. {@link io.mcpbench.core.gateway.McpGateway} ties the catalog, tool binding and
 * argument validation, routing (fed by the service registry), the downstream servers
 * ({@link io.mcpbench.core.gateway.Downstream}) and the MCP operation metrics together, and sheds
 * what is over its in-flight limits with a fast error instead of queueing it;
 * {@link io.mcpbench.core.gateway.GatewaySession} is a client session, bounded in number, whose
 * close ends its routing bindings; {@link io.mcpbench.core.gateway.GatewayConfig} holds the limits.
 */
package io.mcpbench.core.gateway;
