/**
 * Benchmarks of {@code io.mcpbench.core.discovery}: tool search by words and by regex, and
 * building the index, beside a Lucene index of the same terms and weights and a plain regex scan.
 */
package io.mcpbench.bench.discovery;
