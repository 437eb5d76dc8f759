/**
 * What every benchmark shares: the pinned JVM of each fork, the sizing of precomputed input
 * streams cycled by {@code i++ & mask}, and the sizes each benchmark names for the short runs
 * ({@link io.mcpbench.bench.support.QuickSizes}, {@link io.mcpbench.bench.support.SmokeSizes}).
 */
package io.mcpbench.bench.support;
