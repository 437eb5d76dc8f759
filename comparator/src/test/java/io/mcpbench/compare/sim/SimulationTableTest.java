package io.mcpbench.compare.sim;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The table of the gate's error rates and power for the README and for reviews:
 * {@code ./mvnw -q -o -pl comparator test -Dtest=SimulationTableTest -Dsimulation.table=true}.
 */
@EnabledIfSystemProperty(named = "simulation.table", matches = "true")
class SimulationTableTest {

    @Test
    void printTable() {
        GateSimulation sim = new GateSimulation();
        int suites = Integer.getInteger("simulation.suites", 400);
        System.out.println("| design | noise | A/A false REGRESSED rows | A/A suites failing | power 2% | power 3% | power 5% | power 10% |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (boolean realistic : new boolean[] {false, true}) {
        for (boolean paired : new boolean[] {false, true}) {
            for (double forkSd : realistic ? new double[] {0.01, 0.02, 0.05} : new double[] {0.02}) {
                JmhNoise noise = realistic ? JmhNoise.realistic(forkSd, 0.02) : JmhNoise.plain(forkSd, 0.02);
                JmhNoise.Design d = new JmhNoise.Design(10, 5, 10, paired);
                GateSimulation.Tally aa = sim.run(noise, d, 1.0, suites, 11);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s, 5 forks x 10 it, 10 rows + alloc | fork sd %.0f%%%s, drift 2%% | %.2f%% | %.1f%% |",
                        paired ? "paired rounds" : "independent", forkSd * 100, realistic ? ", 20% forks 10% slower, spikes, warm-up, 2 alloc modes in 1/4 rows" : "",
                        aa.falseRowShare() * 100, aa.failedSuiteShare() * 100));
                for (double s : new double[] {1.02, 1.03, 1.05, 1.10}) {
                    GateSimulation.Tally t = sim.run(noise, d, s, suites / 2, 23);
                    line.append(String.format(Locale.ROOT, " %.0f%% |", t.power() * 100));
                }
                System.out.println(line);
            }
        }
        }
    }
}
