/**
 * The service registry: which MCP servers, adapters and gateways exist, kept alive by heartbeats
 * and expired when they stop. Reads are lock-free snapshots; heartbeats touch one field.
 */
package io.mcpbench.core.registry;
