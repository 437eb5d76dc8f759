/**
 * Merging JMH result files (shards, or forks run separately) on the Jackson tree, so unknown
 * fields survive and the merged file is still JMH JSON: forks appended, labelled for A/B rounds,
 * and the summaries rewritten by {@link io.mcpbench.compare.jmh.MetricSummary} as JMH computes them.
 */
package io.mcpbench.compare.merge;
