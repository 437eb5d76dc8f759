/**
 * The statistics of a comparison, on primitive arrays: t tests and intervals, Benjamini-Hochberg,
 * variance components and the sample sizes built on them. Distributions and rank tests come from
 * Apache Commons Statistics.
 */
package io.mcpbench.compare.stats;
