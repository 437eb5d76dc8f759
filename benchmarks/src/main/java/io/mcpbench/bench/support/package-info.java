/**
 * What every benchmark shares: the pinned JVM of each fork, and the sizing of precomputed input
 * streams cycled by {@code i++ & mask}.
 */
package io.mcpbench.bench.support;
