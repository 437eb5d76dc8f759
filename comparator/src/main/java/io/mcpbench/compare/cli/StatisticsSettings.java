package io.mcpbench.compare.cli;

/**
 * The run-wide statistics settings a command resolved from the policy and its options.
 *
 * @param q          false-discovery rate
 * @param noiseFloor smallest relative change that counts, as a fraction
 * @param band       equivalence band, as a fraction
 * @param confidence confidence of intervals
 * @param resamples  bootstrap resamples (0 turns the bootstrap off)
 * @param seed       bootstrap seed
 */
public record StatisticsSettings(double q, double noiseFloor, double band, double confidence, int resamples, long seed) {
}
