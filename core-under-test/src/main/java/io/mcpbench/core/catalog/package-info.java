/**
 * The tools a gateway exposes, aggregated from its servers under collision-free qualified names
 * ({@link io.mcpbench.core.catalog.QualifiedName}). {@link io.mcpbench.core.catalog.ToolCatalog}
 * holds one immutable {@link io.mcpbench.core.catalog.CatalogSnapshot} at a time and swaps it
 * whole when a server joins or leaves, so a request reads one version from start to end and
 * {@code tools/list} pages, search and tool binding are built from the same one.
 */
package io.mcpbench.core.catalog;
