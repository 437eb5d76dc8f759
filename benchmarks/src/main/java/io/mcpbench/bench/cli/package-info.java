/**
 * The command lines of {@code benchmarks.jar}: its entry point (JMH's own command line, with
 * {@code -prof} conveniences that only add), the quick-profile runner that narrows each benchmark
 * to its own quick sizes, the test command's smoke run on the same runner at smoke sizes, the
 * count of rows a run will measure (for a progress view), and the smoke check of its result.
 */
package io.mcpbench.bench.cli;
