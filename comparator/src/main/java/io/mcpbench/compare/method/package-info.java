/**
 * How one row is tested, each way a type of its own: rounds paired by fork label, else
 * independent forks, on log ratios (bytes per op and non-positive values: on the values); the
 * rows' variances moderated across the suite (empirical Bayes), and run-to-run variance from a
 * history. Adding a method is adding one {@link io.mcpbench.compare.method.Method}.
 */
package io.mcpbench.compare.method;
