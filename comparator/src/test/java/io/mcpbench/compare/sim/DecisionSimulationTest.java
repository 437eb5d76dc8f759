package io.mcpbench.compare.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gate on seeded suites with the noise real JMH runs show (fork-to-fork spread, a slower JIT
 * mode in a fifth of forks, iteration spikes, warm-up, drift between A/B rounds, two allocation
 * modes in a quarter of the rows): what an A/A run falsely flags, and what a paired run catches.
 * The full table is {@link SimulationTableTest}.
 */
class DecisionSimulationTest {

    private static final int SUITES = 300;
    private final GateSimulation sim = new GateSimulation();

    @ParameterizedTest(name = "A/A, {0}, fork sd {1}")
    @CsvSource({"false, 0.01", "false, 0.02", "false, 0.05", "true, 0.01", "true, 0.02", "true, 0.05"})
    void aaRunsRarelyFlagARowAndRarelyFailASuite(boolean paired, double forkSd) {
        JmhNoise noise = JmhNoise.realistic(forkSd, 0.02);
        GateSimulation.Tally t = sim.run(noise, new JmhNoise.Design(10, 5, 10, paired), 1.0, SUITES, 101);
        System.out.printf("A/A %s fork sd %.0f%%: %.2f%% rows REGRESSED, %.1f%% suites failing%n",
                paired ? "paired" : "independent", forkSd * 100, t.falseRowShare() * 100, t.failedSuiteShare() * 100);
        assertTrue(t.falseRowShare() <= 0.01, "false REGRESSED rows " + t.falseRowShare());
        assertTrue(t.failedSuiteShare() <= 0.05, "suites failing " + t.failedSuiteShare());
    }

    /**
     * Three forks a side are not asserted: a row with two allocation modes then puts all three forks
     * of one side in one mode and all of the other side in the other about 3% of the time, which no
     * test can tell from a change (7% of such suites failed); the table reports it.
     */
    @ParameterizedTest(name = "A/A, {0} forks, realistic noise at 2%")
    @CsvSource({"10", "20"})
    void aaRunsStayQuietAtOtherForkCounts(int forks) {
        GateSimulation.Tally t = sim.run(JmhNoise.realistic(0.02, 0.02), new JmhNoise.Design(10, forks, 10, false), 1.0,
                SUITES, 202);
        assertTrue(t.falseRowShare() <= 0.01, "false REGRESSED rows " + t.falseRowShare());
        assertTrue(t.failedSuiteShare() <= 0.05, "suites failing " + t.failedSuiteShare());
    }

    @ParameterizedTest(name = "paired 5 rounds, 2% drift, fork sd 2%: {0} slowdown")
    @CsvSource({"1.05, 0.60", "1.10, 0.95"})
    void pairedRoundsCatchASlowdownThroughDrift(double slowdown, double required) {
        GateSimulation.Tally t = sim.run(JmhNoise.plain(0.02, 0.02), new JmhNoise.Design(10, 5, 10, true), slowdown,
                SUITES, 303);
        System.out.printf("paired, drift 2%%, %.0f%% slowdown: caught %.0f%%, other rows REGRESSED %.2f%%%n",
                (slowdown - 1) * 100, t.power() * 100, t.falseRowShare() * 100);
        assertTrue(t.power() >= required, "caught " + t.power());
        assertTrue(t.falseRowShare() <= 0.01, "false REGRESSED rows " + t.falseRowShare());
    }
}
