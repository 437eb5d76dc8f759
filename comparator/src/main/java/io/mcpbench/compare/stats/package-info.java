/**
 * The statistics of a comparison, on primitive arrays: fork log-means, Welch's t-test and
 * interval, two one-sided tests for equivalence, Mann-Whitney as a cross-check, the two-level
 * bootstrap, Benjamini-Hochberg, variance components and the power estimates built on them.
 * Distributions and rank tests come from Apache Commons Statistics.
 */
package io.mcpbench.compare.stats;
