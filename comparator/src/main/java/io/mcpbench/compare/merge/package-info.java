/**
 * Merging JMH result files (shards, or forks run separately) on the Jackson tree, so unknown
 * fields survive and the merged file is still JMH JSON.
 */
package io.mcpbench.compare.merge;
