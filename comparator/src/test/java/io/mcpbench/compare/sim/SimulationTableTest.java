package io.mcpbench.compare.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The table of the gate's error rates and power for the README and for reviews:
 * {@code ./mvnw -q -o -pl comparator test -Dtest=SimulationTableTest -Dsimulation.table=true}
 * ({@code -Dsimulation.suites=N} suites per cell, 400 by default; power cells use half as many).
 * Each suite is 10 rows and their allocation rows, all gated; in power cells row 0 is slower.
 */
@EnabledIfSystemProperty(named = "simulation.table", matches = "true")
class SimulationTableTest {

    private record Cell(String design, String noiseName, JmhNoise noise, JmhNoise.Design d) {
    }

    @Test
    void printTable() {
        GateSimulation sim = new GateSimulation();
        int suites = Integer.getInteger("simulation.suites", 400);
        String realistic = ", 20% of forks 10% slower, 5% spiked iterations, warm-up, 2 allocation modes in 1/4 of rows";
        List<Cell> cells = new ArrayList<>();
        for (boolean paired : new boolean[] {false, true}) {
            cells.add(new Cell(name(paired, 5), "fork sd 2%, drift 2%", JmhNoise.plain(0.02, 0.02),
                    new JmhNoise.Design(10, 5, 10, paired)));
        }
        for (boolean paired : new boolean[] {false, true}) {
            for (double sd : new double[] {0.01, 0.02, 0.05}) {
                cells.add(new Cell(name(paired, 5), String.format(Locale.ROOT, "fork sd %.0f%%, drift 2%%%s", sd * 100, realistic),
                        JmhNoise.realistic(sd, 0.02), new JmhNoise.Design(10, 5, 10, paired)));
            }
        }
        for (int forks : new int[] {3, 10}) {
            cells.add(new Cell(name(false, forks), "fork sd 2%, drift 2%" + realistic, JmhNoise.realistic(0.02, 0.02),
                    new JmhNoise.Design(10, forks, 10, false)));
        }
        System.out.println("| design | noise | A/A rows falsely REGRESSED | A/A suites failing | caught 2% | caught 3% | caught 5% | caught 10% |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Cell c : cells) {
            GateSimulation.Tally aa = sim.run(c.noise(), c.d(), 1.0, suites, 11);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.2f%% | %.1f%% |", c.design(),
                    c.noiseName(), aa.falseRowShare() * 100, aa.failedSuiteShare() * 100));
            for (double s : new double[] {1.02, 1.03, 1.05, 1.10}) {
                line.append(String.format(Locale.ROOT, " %.0f%% |", sim.run(c.noise(), c.d(), s, suites / 2, 23).power() * 100));
            }
            System.out.println(line);
        }
    }

    private static String name(boolean paired, int forks) {
        return (paired ? "paired rounds, " : "independent forks, ") + forks + (paired ? " rounds" : " forks") + " x 10 iterations";
    }
}
