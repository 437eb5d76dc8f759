/**
 * Tool search over a gateway's catalog: the {@code tools/search}-style lookup a client uses when a
 * catalog is too large to list whole.
 *
 * <p>{@link io.mcpbench.core.discovery.ToolDiscovery} is the entry point. In BM25 mode it ranks
 * tools by BM25F over five weighted fields ({@link io.mcpbench.core.discovery.SearchField}), read
 * as one field with one length per tool, the model of Lucene's {@code CombinedFieldQuery}, from
 * an index of primitive arrays with the saturated term weight of every posting computed at build
 * time, so a search is a few hash lookups and one multiply-add per posting; top-k selection is a
 * bounded heap, and score ties fall to catalog order. In regex mode it scans names, titles and
 * descriptions with a length-capped pattern. Each catalog snapshot gets its own immutable index,
 * published by an atomic swap; searches never lock and never see two snapshots at once.
 */
package io.mcpbench.core.discovery;
