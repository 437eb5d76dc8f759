package io.mcpbench.compare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentPlannerTest {

    private static final RowKey KEY = RowKey.of("b.M.m", "avgt", Map.of(), 1, RowKey.PRIMARY);

    private static ExperimentPlanner.Plan plan(Row row, double change, int gatedRows) {
        ExperimentPlanner.Request r = new ExperimentPlanner.Request(change, 0.8, 0.05, gatedRows, 20, 100, 100);
        return ExperimentPlanner.plan(row, r, r.q() / gatedRows);
    }

    @Test
    void smallerChangesAndLargerSuitesNeedMoreForks() {
        Row row = new Row(KEY, "ns/op", new Simulated(1).forks(100, 10, 20, 0.03, 0.02), null);
        ExperimentPlanner.Plan tenPercent = plan(row, 0.10, 1);
        ExperimentPlanner.Plan twoPercent = plan(row, 0.02, 1);
        assertTrue(twoPercent.forks() > tenPercent.forks(), twoPercent.forks() + " vs " + tenPercent.forks());
        assertTrue(plan(row, 0.10, 100).forks() > tenPercent.forks());
        assertTrue(tenPercent.forks() >= 3);
        assertTrue(tenPercent.reachable());
    }

    @Test
    void forkNoiseFavoursForksAndIterationNoiseFavoursIterations() {
        Simulated sim = new Simulated(2);
        Row forkNoisy = new Row(KEY, "ns/op", sim.forks(100, 20, 20, 0.05, 0.005), null);
        Row iterationNoisy = new Row(KEY, "ns/op", sim.forks(100, 20, 20, 0.002, 0.05), null);
        assertTrue(plan(forkNoisy, 0.03, 1).iterations() < plan(iterationNoisy, 0.03, 1).iterations());
    }

    /**
     * The promise checked: a 5% slowdown in one row of a 100-row suite, measured with the forks
     * and iterations planned from a pilot of that row, is REGRESSED in about 80% of reruns.
     */
    @Test
    void thePlannedRunSettlesTheRowAtThePromisedRateInsideAHundredRowSuite() {
        double forkSd = 0.04;
        double iterationSd = 0.03;
        Simulated pilotSim = new Simulated(3);
        // a long pilot, so that the check is of the plan and not of the pilot's luck
        Row pilot = new Row(KEY, "ns/op", pilotSim.forks(100, 60, 10, forkSd, iterationSd), null);
        ExperimentPlanner.Plan plan = plan(pilot, 0.05, 100);
        assertTrue(plan.reachable());
        int caught = 0;
        int falseAlarms = 0;
        int runs = 80;
        ComparisonEngine engine = new ComparisonEngine();
        for (int run = 0; run < runs; run++) {
            Simulated sim = new Simulated(1000 + run);
            List<Row> base = new ArrayList<>();
            List<Row> cand = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                RowKey k = Simulated.key(i, "avgt");
                base.add(new Row(k, "ns/op", sim.forks(100, plan.forks(), plan.iterations(), forkSd, iterationSd), null));
                double factor = i == 0 ? 1.05 : 1.0;
                cand.add(new Row(k, "ns/op", sim.forks(100 * factor, plan.forks(), plan.iterations(), forkSd, iterationSd), null));
            }
            ComparisonResult r = engine.compare(new ResultFile("b", RunInfo.unknown(), base),
                    new ResultFile("c", RunInfo.unknown(), cand), Settings.DEFAULTS);
            for (RowComparison rc : r.rows()) {
                boolean changed = rc.key().equals(Simulated.key(0, "avgt"));
                if (changed && rc.verdict() == Verdict.REGRESSED) caught++;
                if (!changed && rc.verdict() == Verdict.REGRESSED) falseAlarms++;
            }
        }
        System.out.printf("planned -f %d -i %d: caught %d of %d (promised 80%%), %d false alarms in %d rows%n",
                plan.forks(), plan.iterations(), caught, runs, falseAlarms, runs * 99);
        assertTrue(caught >= 0.68 * runs && caught <= 0.95 * runs, "caught " + caught + " of " + runs + " at -f " + plan.forks());
        assertTrue(falseAlarms <= 0.01 * runs * 99, "false alarms " + falseAlarms);
    }

    @Test
    void suitePlanCoversItsRowsAndSkipsNonPositiveOnes() {
        Simulated sim = new Simulated(4);
        ResultFile f = sim.file("p", "avgt", "ns/op", 20, 5, 10, 1.0, 0.03, 0.02);
        ExperimentPlanner.SuitePlan plan = ExperimentPlanner.plan(f, ExperimentPlanner.Request.of(0.05));
        assertEquals(20, plan.rows().size());
        assertEquals(20, plan.gatedRows());
        assertEquals(0.05 / 20, plan.alpha(), 1e-15);
        for (ExperimentPlanner.Plan p : plan.rows()) {
            assertTrue(plan.forks() >= p.forks() || plan.iterations() != p.iterations());
            assertTrue(p.iterations() >= 1);
        }
        Row zero = new Row(KEY.withMetric("gc.count"), "counts", new double[][] {{0, 1}, {0, 0}}, null);
        assertNull(plan(zero, 0.05, 1));
        Row oneFork = new Row(KEY, "ns/op", new double[][] {{1.0, 1.1, 0.9, 1.05}}, null);
        ExperimentPlanner.Plan p = plan(oneFork, 0.05, 1);
        assertFalse(p.components().betweenKnown());
        assertFalse(p.note().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ExperimentPlanner.Request.of(0));
    }
}
