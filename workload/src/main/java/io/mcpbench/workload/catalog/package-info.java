/**
 * Seeded tool catalogs with the shape of real MCP deployments
 * ({@link io.mcpbench.workload.catalog.CatalogGenerator}): servers of realistic sizes, tools named
 * and described as real servers name and describe them, and {@code inputSchema}s of realistic size,
 * property types, nesting, enums, bounds and patterns.
 *
 * <p>Benchmarks only compare when they measure the same work, so every generator here and in the
 * sibling packages is a pure function of its seed (and, for the stateful ones, the sequence of
 * calls): same seed, same bytes, on any JVM. The shapes follow the figures in the design's
 * "Realistic data" section, and the tests hold them to it.
 */
package io.mcpbench.workload.catalog;
