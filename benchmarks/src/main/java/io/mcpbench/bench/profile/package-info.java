/**
 * Profilers for {@code -prof}: the bundled async-profiler library found without setup, and
 * {@code resources}, which reports CPU time per operation, heap after GC, and leaked threads and
 * file descriptors per iteration.
 */
package io.mcpbench.bench.profile;
