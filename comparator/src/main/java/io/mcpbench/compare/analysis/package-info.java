/**
 * Deciding a comparison: pairs a candidate's rows with the baseline's, runs the per-row tests,
 * controls the false discovery rate over the run, and gives each row a verdict; plans how many
 * forks and iterations a run needs to detect a given change.
 */
package io.mcpbench.compare.analysis;
