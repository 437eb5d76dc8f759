/**
 * MCP client sessions without sockets: an in-memory transport for the MCP Java SDK, an SDK server
 * exposing a catalog ({@link io.mcpbench.core.session.InProcessServer}), SDK clients on it
 * ({@link io.mcpbench.core.session.InProcessSession}), and the SDK server handling raw JSON-RPC
 * bytes as a peer of the gateway ({@link io.mcpbench.core.session.SdkServerPeer}).
 */
package io.mcpbench.core.session;
