/**
 * The per-fork stage of a comparison: the warm-up transient dropped (MSER), forks whose kept
 * iterations still trend flagged (Mann-Kendall), and a robust centre of what is kept (a trimmed
 * mean), so that the fork, not the iteration, is the unit of evidence.
 */
package io.mcpbench.compare.steady;
