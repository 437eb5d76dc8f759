/**
 * Benchmarks of {@code io.mcpbench.core.routing}: the cost of a routed call under each policy and
 * thread count, healthy and with failing instances, and how evenly the calls spread.
 */
package io.mcpbench.bench.routing;
