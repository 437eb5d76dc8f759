package io.mcpbench.compare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentPlannerTest {

    private static final RowKey KEY = RowKey.of("b.M.m", "avgt", Map.of(), 1, RowKey.PRIMARY);

    @Test
    void smallerChangesNeedMoreForks() {
        Row row = new Row(KEY, "ns/op", new Simulated(1).forks(100, 10, 20, 0.03, 0.02), null);
        ExperimentPlanner.Plan tenPercent = ExperimentPlanner.plan(row, ExperimentPlanner.Request.of(0.10));
        ExperimentPlanner.Plan twoPercent = ExperimentPlanner.plan(row, ExperimentPlanner.Request.of(0.02));
        assertTrue(twoPercent.forks() > tenPercent.forks(), twoPercent.forks() + " vs " + tenPercent.forks());
        assertTrue(tenPercent.forks() >= ComparisonEngine.MIN_FORKS);
        assertTrue(tenPercent.reachable());
    }

    @Test
    void forkNoiseFavoursForksAndIterationNoiseFavoursIterations() {
        Simulated sim = new Simulated(2);
        Row forkNoisy = new Row(KEY, "ns/op", sim.forks(100, 20, 20, 0.05, 0.005), null);
        Row iterationNoisy = new Row(KEY, "ns/op", sim.forks(100, 20, 20, 0.002, 0.05), null);
        ExperimentPlanner.Request req = ExperimentPlanner.Request.of(0.03);
        ExperimentPlanner.Plan a = ExperimentPlanner.plan(forkNoisy, req);
        ExperimentPlanner.Plan b = ExperimentPlanner.plan(iterationNoisy, req);
        assertTrue(a.iterations() < b.iterations(), a.iterations() + " vs " + b.iterations());
    }

    @Test
    void thePlannedRunDetectsTheChangeAtAboutThePlannedPower() {
        Simulated sim = new Simulated(3);
        Row pilot = new Row(KEY, "ns/op", sim.forks(100, 10, 10, 0.04, 0.03), null);
        ExperimentPlanner.Plan plan = ExperimentPlanner.plan(pilot, ExperimentPlanner.Request.of(0.05));
        ResultFile base = sim.file("b", "avgt", "ns/op", 200, plan.forks(), plan.iterations(), 1.0, 0.04, 0.03);
        ResultFile cand = sim.file("c", "avgt", "ns/op", 200, plan.forks(), plan.iterations(), 1.05, 0.04, 0.03);
        ComparisonSettings settings = ComparisonSettings.defaults().withBootstrap(0, 1);
        ComparisonResult r = new ComparisonEngine().compare(base, cand, settings);
        long rawDetected = r.rows().stream().filter(rc -> rc.pValue() < 0.05 && rc.ratio() > 1).count();
        // planned for 80% power at alpha 0.05 per row (before FDR control)
        assertTrue(rawDetected >= 0.65 * 200 && rawDetected <= 0.97 * 200, "detected " + rawDetected);
        assertTrue(r.count(Verdict.IMPROVED) == 0);
    }

    @Test
    void suitePlanCoversItsRowsAndSkipsNonPositiveOnes() {
        Simulated sim = new Simulated(4);
        ResultFile f = sim.file("p", "avgt", "ns/op", 20, 5, 10, 1.0, 0.03, 0.02);
        ExperimentPlanner.SuitePlan plan = ExperimentPlanner.plan(f, ExperimentPlanner.Request.of(0.05));
        assertEquals(20, plan.rows().size());
        for (ExperimentPlanner.Plan p : plan.rows()) {
            assertTrue(plan.forks() >= ComparisonEngine.MIN_FORKS);
            assertTrue(p.iterations() >= 1);
        }
        Row zero = new Row(KEY.withMetric("gc.count"), "counts", new double[][] {{0, 1}, {0, 0}}, null);
        assertNull(ExperimentPlanner.plan(zero, ExperimentPlanner.Request.of(0.05)));
        Row oneFork = new Row(KEY, "ns/op", new double[][] {{1.0, 1.1, 0.9, 1.05}}, null);
        ExperimentPlanner.Plan p = ExperimentPlanner.plan(oneFork, ExperimentPlanner.Request.of(0.05));
        assertFalse(p.components().betweenKnown());
        assertFalse(p.note().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ExperimentPlanner.Request.of(0));
    }
}
