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

    /**
     * The intervals cover at their level: in A/A suites a 95% interval (p < 0.05) excludes no
     * change in about 5% of rows, moderated variances included (the bootstrap interval it
     * replaced excluded it in 7.7% to 8.4% of such rows).
     */
    @ParameterizedTest(name = "coverage, {0}, fork sd {1}")
    @CsvSource({"false, 0.02", "false, 0.05", "true, 0.02"})
    void intervalsCoverAtTheirLevelInAaSuites(boolean paired, double forkSd) {
        io.mcpbench.compare.analysis.ComparisonEngine engine = new io.mcpbench.compare.analysis.ComparisonEngine();
        int rows = 0;
        int excluded = 0;
        for (int s = 0; s < 300; s++) {
            // independent forks: no drift, which the test would count as fork noise and so stay on the safe side
            JmhNoise.Suite suite = JmhNoise.plain(forkSd, paired ? 0.02 : 0.0).suite(new JmhNoise.Design(10, 10, 10, paired),
                    77L * 1_000_003L + s, -1, 1.0, 0);
            for (io.mcpbench.compare.model.RowComparison c : engine.compare(suite.base(), suite.cand(),
                    io.mcpbench.compare.settings.Settings.DEFAULTS).rows()) {
                if (!c.key().isPrimary()) continue;
                rows++;
                if (c.pValue() < 0.05) excluded++;
            }
        }
        double share = excluded / (double) rows;
        System.out.printf("coverage %s fork sd %.0f%%: 95%% interval excludes no change in %.1f%% of %d A/A rows%n",
                paired ? "paired" : "independent", forkSd * 100, share * 100, rows);
        assertTrue(share > 0.035 && share < 0.065, "share " + share);
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
