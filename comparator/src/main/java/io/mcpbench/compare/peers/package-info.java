/**
 * Ours against each peer within one result: rows that differ only in one parameter (by default
 * {@code impl}), one value of which names our implementation. Each peer's ratio and its interval
 * come from the comparison's own stages: the fork centres of {@code steady} and the two-sample t
 * interval of {@code method.IndependentForks} on the log scale.
 */
package io.mcpbench.compare.peers;
