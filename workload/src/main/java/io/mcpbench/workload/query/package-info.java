/**
 * Seeded tool-search queries over a catalog, of known kinds (one term, several terms, no hit,
 * regex), each with the entry a good search should rank first where there is one.
 */
package io.mcpbench.workload.query;
