/**
 * Seeded {@code tools/call} arguments for any tool: valid ones, small or carrying a large content
 * field, and invalid ones that break the schema in exactly one known way
 * ({@link io.mcpbench.workload.arguments.Violation}), so validation benchmarks and tests get both in
 * a known mix.
 */
package io.mcpbench.workload.arguments;
