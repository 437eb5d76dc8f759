package io.mcpbench.compare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonEngineTest {

    private final ComparisonEngine engine = new ComparisonEngine();
    private final ComparisonSettings defaults = ComparisonSettings.defaults();

    private static ResultFile file(Row... rows) {
        return new ResultFile("f", RunInfo.unknown(), List.of(rows));
    }

    private static RowKey key(String name, String metric) {
        return RowKey.of("b." + name, "avgt", Map.of(), 1, metric);
    }

    private static Row constantRow(RowKey key, String unit, double value, int forks, int iterations) {
        double[][] f = new double[forks][iterations];
        for (double[] fork : f) {
            java.util.Arrays.fill(fork, value);
        }
        return new Row(key, unit, f, null);
    }

    private static RowComparison only(ComparisonResult r) {
        assertEquals(1, r.rows().size());
        return r.rows().get(0);
    }

    @Test
    void missingAndNewRowsAreReportedNeverPassed() {
        Simulated sim = new Simulated(1);
        Row a = new Row(key("a", RowKey.PRIMARY), "ns/op", sim.forks(100, 5, 5, 0.01, 0.01), null);
        Row b = new Row(key("b", RowKey.PRIMARY), "ns/op", sim.forks(100, 5, 5, 0.01, 0.01), null);
        ComparisonResult r = engine.compare(file(a), file(b), defaults);
        assertEquals(2, r.rows().size());
        assertEquals(Verdict.MISSING, r.rows().get(0).verdict());
        assertEquals(Verdict.NEW, r.rows().get(1).verdict());
        assertEquals(1, r.count(Verdict.MISSING));
        assertEquals(1, r.count(Verdict.NEW));
        assertTrue(Double.isNaN(r.rows().get(0).pValue()));
        assertEquals(5, r.evidence(a.key()).baseForkMeans().length);
        assertEquals(0, r.evidence(a.key()).candForkMeans().length);
    }

    @Test
    void rowsAreSortedByKeyAndCountsCoverEveryVerdict() {
        Simulated sim = new Simulated(2);
        List<Row> base = new ArrayList<>();
        List<Row> cand = new ArrayList<>();
        for (String n : new String[] {"z", "c", "m", "a"}) {
            base.add(new Row(key(n, RowKey.PRIMARY), "ns/op", sim.forks(50, 5, 5, 0.01, 0.01), null));
            cand.add(new Row(key(n, RowKey.PRIMARY), "ns/op", sim.forks(50, 5, 5, 0.01, 0.01), null));
        }
        ComparisonResult r = engine.compare(new ResultFile("b", RunInfo.unknown(), base),
                new ResultFile("c", RunInfo.unknown(), cand), defaults);
        for (int i = 1; i < r.rows().size(); i++) {
            assertTrue(r.rows().get(i - 1).key().compareTo(r.rows().get(i).key()) < 0);
        }
        assertEquals(Verdict.values().length, r.counts().size());
    }

    @Test
    void allocationPerOpUsesTheToleranceNotATest() {
        RowKey k = key("alloc", "gc.alloc.rate.norm");
        ComparisonResult within = engine.compare(file(constantRow(k, "B/op", 1000, 5, 5)),
                file(constantRow(k, "B/op", 1010, 5, 5)), defaults);
        assertEquals(Verdict.EQUIVALENT, only(within).verdict());
        assertTrue(Double.isNaN(only(within).pValue()));
        assertEquals(RowEvidence.Method.TOLERANCE, within.evidence(k).method());
        // 16 bytes of absolute slack on small allocations
        ComparisonResult small = engine.compare(file(constantRow(k, "B/op", 24, 1, 3)),
                file(constantRow(k, "B/op", 40, 1, 3)), defaults);
        assertEquals(Verdict.EQUIVALENT, only(small).verdict());
        ComparisonResult more = engine.compare(file(constantRow(k, "B/op", 24, 1, 3)),
                file(constantRow(k, "B/op", 48, 1, 3)), defaults);
        assertEquals(Verdict.REGRESSED, only(more).verdict());
        ComparisonResult less = engine.compare(file(constantRow(k, "B/op", 2000, 1, 3)),
                file(constantRow(k, "B/op", 1900, 1, 3)), defaults);
        assertEquals(Verdict.IMPROVED, only(less).verdict());
    }

    @Test
    void fewForksFallBackToIterationsWithLowConfidenceAndNeverEquivalent() {
        Simulated sim = new Simulated(3);
        RowKey k = key("few", RowKey.PRIMARY);
        Row base = new Row(k, "ns/op", sim.forks(100, 2, 30, 0.001, 0.001), null);
        Row same = new Row(k, "ns/op", sim.forks(100, 2, 30, 0.001, 0.001), null);
        RowComparison eq = only(engine.compare(file(base), file(same), defaults));
        assertTrue(eq.lowConfidence());
        assertEquals(Verdict.INCONCLUSIVE, eq.verdict());
        assertTrue(eq.forksToSettle() >= ComparisonEngine.MIN_FORKS);
        Row slower = new Row(k, "ns/op", sim.forks(120, 2, 30, 0.001, 0.001), null);
        RowComparison reg = only(engine.compare(file(base), file(slower), defaults));
        assertTrue(reg.lowConfidence());
        assertEquals(Verdict.REGRESSED, reg.verdict());
    }

    @Test
    void singleIterationSingleForkIsInconclusive() {
        RowKey k = key("ss", RowKey.PRIMARY);
        RowComparison rc = only(engine.compare(file(constantRow(k, "us/op", 10, 1, 1)),
                file(constantRow(k, "us/op", 30, 1, 1)), defaults));
        assertEquals(Verdict.INCONCLUSIVE, rc.verdict());
        assertEquals(3.0, rc.ratio(), 1e-12);
        assertTrue(rc.forksToSettle() >= ComparisonEngine.MIN_FORKS);
    }

    @Test
    void changeBelowTheNoiseFloorIsNotARegression() {
        Simulated sim = new Simulated(4);
        RowKey k = key("tiny", RowKey.PRIMARY);
        Row base = new Row(k, "ns/op", sim.forks(100, 20, 20, 0.001, 0.002), null);
        Row cand = new Row(k, "ns/op", sim.forks(101, 20, 20, 0.001, 0.002), null);
        RowComparison rc = only(engine.compare(file(base), file(cand), defaults));
        assertTrue(rc.qValue() < 0.05, "significant: " + rc.qValue());
        assertEquals(Verdict.EQUIVALENT, rc.verdict());
        // with a floor of 0.5% the same 1% change is a regression
        ComparisonSettings strict = defaults.withRowOverrides(key -> new RowSettings(0.005, 0.05, 0.01, 16));
        assertEquals(Verdict.REGRESSED, only(engine.compare(file(base), file(cand), strict)).verdict());
    }

    @Test
    void perRowBandOverridesDecideEquivalence() {
        Simulated sim = new Simulated(5);
        RowKey k = key("band", RowKey.PRIMARY);
        Row base = new Row(k, "ns/op", sim.forks(100, 10, 10, 0.01, 0.01), null);
        Row cand = new Row(k, "ns/op", sim.forks(100, 10, 10, 0.01, 0.01), null);
        assertEquals(Verdict.EQUIVALENT, only(engine.compare(file(base), file(cand), defaults)).verdict());
        ComparisonSettings narrow = defaults.withRowOverrides(key -> key.equals(k) ? new RowSettings(0.02, 0.0005, 0.01, 16) : null);
        assertEquals(Verdict.INCONCLUSIVE, only(engine.compare(file(base), file(cand), narrow)).verdict());
    }

    @Test
    void incompatibleUnitsAreAClearError() {
        RowKey k = key("u", RowKey.PRIMARY);
        BadInputException e = assertThrows(BadInputException.class, () -> engine.compare(
                file(constantRow(k, "ops/s", 10, 3, 3)), file(constantRow(k, "ns/op", 10, 3, 3)), defaults));
        assertEquals("b.u (avgt): incompatible units, baseline ops/s vs candidate ns/op", e.getMessage());
    }

    @Test
    void zeroValuedMetricsAreComparedWithoutLogs() {
        Simulated sim = new Simulated(6);
        RowKey k = key("gc", "gc.count");
        double[][] base = new double[5][];
        double[][] cand = new double[5][];
        for (int f = 0; f < 5; f++) {
            base[f] = new double[] {0, 1, 0, 2};
            cand[f] = new double[] {0, 1, 1, 2};
        }
        RowComparison rc = only(engine.compare(file(new Row(k, "counts", base, null)),
                file(new Row(k, "counts", cand, null)), defaults));
        assertFalse(Double.isNaN(rc.ratio()));
        assertEquals(RowEvidence.Method.FORK_MEANS,
                engine.compare(file(new Row(k, "counts", base, null)), file(new Row(k, "counts", cand, null)), defaults)
                        .evidence(k).method());
        assertEquals(Direction.LOWER_IS_BETTER, rc.direction());
    }

    @Test
    void skewedForksSwitchToTheBootstrapInterval() {
        Simulated sim = new Simulated(8);
        RowKey k = key("skew", RowKey.PRIMARY);
        double[][] base = sim.forks(100, 10, 10, 0.005, 0.01);
        double[][] cand = sim.forks(100, 10, 10, 0.005, 0.01);
        for (int i = 0; i < cand[0].length; i++) {
            cand[0][i] *= 1.5; // one fork landed on a slow JIT path
        }
        ComparisonResult r = engine.compare(file(new Row(k, "ns/op", base, null)), file(new Row(k, "ns/op", cand, null)),
                defaults);
        RowEvidence e = r.evidence(k);
        assertTrue(e.bootstrapUsed());
        RowComparison rc = only(r);
        assertEquals(e.bootstrapLow(), rc.ciLow());
        assertEquals(e.bootstrapHigh(), rc.ciHigh());
        assertNotEquals(e.welchLow(), rc.ciLow());
    }

    @Test
    void unknownSecondaryDirectionIsMarked() {
        Simulated sim = new Simulated(9);
        RowKey k = key("aux", "compressedBytes");
        Row base = new Row(k, "#", sim.forks(100, 5, 5, 0.01, 0.01), null);
        Row cand = new Row(k, "#", sim.forks(100, 5, 5, 0.01, 0.01), null);
        RowComparison rc = only(engine.compare(file(base), file(cand), defaults));
        assertTrue(rc.note().contains("direction assumed"), rc.note());
        assertTrue(engine.compare(file(base), file(cand), defaults).evidence(k).directionAssumed());
    }

    @Test
    void settingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new ComparisonSettings(0, 0.02, 0.05, 0.95, 2000, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new ComparisonSettings(0.05, 0.02, 0.05, 1.5, 2000, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new ComparisonSettings(0.05, 0.02, 0.05, 0.95, 5, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new RowSettings(0.02, 0, 0.01, 16));
    }
}
