/**
 * Seeded, reproducible test data with the shape of real MCP deployments: tool catalogs
 * ({@link io.mcpbench.core.catalog.generator.CatalogGenerator}), {@code tools/call} arguments valid
 * or invalid in one known way ({@link io.mcpbench.core.catalog.generator.ArgumentGenerator}), and
 * tool-search queries ({@link io.mcpbench.core.catalog.generator.QueryGenerator}).
 *
 * <p>Benchmarks only compare when they measure the same work, so every generator is a pure
 * function of its seed (and, for the stateful ones, the sequence of calls): same seed, same bytes,
 * on any JVM. The shapes (tools per server, schema size, property types, nesting, enum and bound
 * use, description lengths) follow the figures in the design's "Realistic data" section, and the
 * package's tests hold them to it.
 */
package io.mcpbench.core.catalog.generator;
