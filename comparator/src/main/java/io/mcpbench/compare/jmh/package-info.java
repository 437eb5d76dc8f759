/**
 * JMH's result format and JMH's own arithmetic, in one place. Reading result files as JMH 1.19 to
 * 1.37 writes them, tolerantly (every mode, ragged secondary metrics, legacy {@code ·} metric
 * names, string NaN/infinities, missing keys; broken input refused with one line naming the file
 * and the place), and writing them back as trees; and what JMH computes from the raw data, so that
 * every number derived here is the one JMH prints: a metric's score and 99.9% error
 * ({@link io.mcpbench.compare.jmh.Score}), its percentiles ({@link io.mcpbench.compare.jmh.Percentiles}),
 * SampleTime samples pooled ({@link io.mcpbench.compare.jmh.PooledSamples}), and how each metric is
 * folded ({@link io.mcpbench.compare.jmh.Aggregation}, {@link io.mcpbench.compare.jmh.SummaryRule}).
 * Checked against JMH's own numbers on every file of the test corpus.
 */
package io.mcpbench.compare.jmh;
