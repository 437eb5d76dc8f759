/**
 * What a gate accepts: the policy file (defaults, per-benchmark overrides, allowed regressions and
 * absences, absolute limits), k6-style threshold expressions with units, the {@code PERF_*}
 * environment limits, and the gate's decision over compared rows.
 */
package io.mcpbench.compare.policy;
