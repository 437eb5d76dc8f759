package io.mcpbench.compare.cli;

import io.mcpbench.compare.method.RunLevel;

/**
 * The run-wide statistics settings a command resolved from the policy and its options.
 *
 * @param q          false-discovery rate (and the level of the equivalence tests)
 * @param noiseFloor smallest relative change that counts, as a fraction
 * @param runLevel   run-to-run variance from a history, or null
 * @param history    where that history was read from, or null
 * @param look       the look of a sequential run ({@code FROM:TO}, the budget's share), or null
 */
public record StatisticsSettings(double q, double noiseFloor, RunLevel runLevel, String history, String look) {

    /** Settings of a run looked at once. */
    public StatisticsSettings(double q, double noiseFloor, RunLevel runLevel, String history) {
        this(q, noiseFloor, runLevel, history, null);
    }
}
