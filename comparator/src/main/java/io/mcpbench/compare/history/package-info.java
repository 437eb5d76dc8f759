/**
 * Benchmark history: runs accumulated in a directory, one series per row across the runs, and
 * the points where a series shifted, found by E-divisive means (Matteson and James 2014) with a
 * seeded permutation test. A single comparison asks "is this run worse than that one"; history
 * asks "when did this benchmark change, and has it stayed changed", which survives noisy runs
 * and slow drifts a pairwise gate cannot see. The analysis is a section of the report, which
 * lays it out.
 */
package io.mcpbench.compare.history;
