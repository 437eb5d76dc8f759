/**
 * Benchmarks of {@code io.mcpbench.core.validation}: checking {@code tools/call} arguments against
 * a tool's schema, valid and invalid, beside the MCP SDK's validator, networknt compiling per
 * call, and the harrel json-schema library.
 */
package io.mcpbench.bench.validation;
