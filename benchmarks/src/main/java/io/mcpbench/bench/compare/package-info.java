/**
 * Benchmarks of the comparator itself: one whole comparison of a large suite, the work the
 * regression gate does once per CI job.
 */
package io.mcpbench.bench.compare;
