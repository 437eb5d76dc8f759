/**
 * Benchmarks of {@code io.mcpbench.core.binding}: resolving the qualified name a
 * {@code tools/call} carries to its tool, beside the MCP SDK server's scan of its tool list, as
 * the catalog grows and with a share of unknown names.
 */
package io.mcpbench.bench.binding;
