package io.mcpbench.compare.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Stopping an A/B run as soon as every row is decided raises false alarms unless the looks share
 * the level: with O'Brien-Fleming spending the A/A false rates stay where one look keeps them;
 * looking at the whole level after every round does not.
 */
class SequentialSimulationTest {

    private final GateSimulation sim = new GateSimulation();
    private final JmhNoise noise = JmhNoise.plain(0.02, 0.02);
    private final JmhNoise.Design upTo15Rounds = new JmhNoise.Design(10, 15, 10, true);

    @Test
    void spendingKeepsAaFalseAlarmsWhereOneLookKeepsThem() {
        GateSimulation.Tally spent = sim.runSequential(noise, upTo15Rounds, 1.0, 300, 5, true);
        GateSimulation.Tally naive = sim.runSequential(noise, upTo15Rounds, 1.0, 300, 5, false);
        System.out.printf("A/A, up to 15 paired rounds, looks every round: spending %.2f%% rows, %.1f%% suites; "
                + "naive %.2f%% rows, %.1f%% suites%n", spent.falseRowShare() * 100, spent.failedSuiteShare() * 100,
                naive.falseRowShare() * 100, naive.failedSuiteShare() * 100);
        assertTrue(spent.falseRowShare() <= 0.01, "rows " + spent.falseRowShare());
        assertTrue(spent.failedSuiteShare() <= 0.05, "suites " + spent.failedSuiteShare());
        assertTrue(naive.failedSuiteShare() > spent.failedSuiteShare(), "looking naively inflates false alarms");
    }

    @Test
    void aSlowdownIsStillCaughtWithinTheRounds() {
        GateSimulation.Tally five = sim.runSequential(noise, upTo15Rounds, 1.05, 200, 6, true);
        GateSimulation.Tally three = sim.runSequential(noise, upTo15Rounds, 1.03, 200, 7, true);
        System.out.printf("up to 15 paired rounds with spending: 5%% caught %.0f%%, 3%% caught %.0f%%%n",
                five.power() * 100, three.power() * 100);
        assertTrue(five.power() >= 0.9, "5%: " + five.power());
    }
}
