package io.mcpbench.compare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.model.Undecided;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.settings.Rule;
import io.mcpbench.compare.settings.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline end to end on hand-made rows: each stage's effect visible in the row it decides. */
class ComparisonEngineTest {

    private final ComparisonEngine engine = new ComparisonEngine();
    private final Settings defaults = Settings.DEFAULTS;

    static ResultFile file(Row... rows) {
        return new ResultFile("f", RunInfo.unknown(), List.of(rows));
    }

    static RowKey key(String name, String metric) {
        return RowKey.of("b." + name, "avgt", Map.of(), 1, metric);
    }

    /** A row whose forks hold {@code iterations} copies of each value of {@code forkValues}, with a tiny jitter. */
    static Row forks(RowKey key, String unit, int iterations, double... forkValues) {
        double[][] f = new double[forkValues.length][iterations];
        for (int i = 0; i < forkValues.length; i++) {
            for (int j = 0; j < iterations; j++) {
                f[i][j] = forkValues[i] * (1 + 1e-4 * ((j * 7) % 5 - 2));
            }
        }
        return new Row(key, unit, f, null);
    }

    static Row labelled(Row row, String... labels) {
        return new Row(row.key(), row.unit(), row.forks(), null, labels, 0);
    }

    private RowComparison only(ResultFile base, ResultFile cand, Settings s) {
        ComparisonResult r = engine.compare(base, cand, s);
        assertEquals(1, r.rows().size());
        return r.rows().get(0);
    }

    private RowComparison only(Row base, Row cand) {
        return only(file(base), file(cand), defaults);
    }

    @Test
    void missingAndNewRowsAreReportedNeverPassed() {
        Row a = forks(key("a", RowKey.PRIMARY), "ns/op", 5, 100, 101, 99);
        Row b = forks(key("b", RowKey.PRIMARY), "ns/op", 5, 100, 101, 99);
        ComparisonResult r = engine.compare(file(a), file(b), defaults);
        assertEquals(Verdict.MISSING, r.rows().get(0).verdict());
        assertEquals(Verdict.NEW, r.rows().get(1).verdict());
        assertEquals(1, r.count(Verdict.MISSING));
        assertTrue(Double.isNaN(r.rows().get(0).pValue()));
        assertEquals(3, r.evidence(a.key()).baseForkMeans().length);
        assertEquals(0, r.evidence(a.key()).candForkMeans().length);
        assertEquals(Verdict.values().length, r.counts().size());
    }

    @Test
    void rowsAreSortedByKey() {
        List<Row> rows = new ArrayList<>();
        for (String n : new String[] {"z", "c", "m", "a"}) rows.add(forks(key(n, RowKey.PRIMARY), "ns/op", 5, 50, 51, 49));
        ResultFile f = new ResultFile("f", RunInfo.unknown(), rows);
        ComparisonResult r = engine.compare(f, f, defaults);
        for (int i = 1; i < r.rows().size(); i++) {
            assertTrue(r.rows().get(i - 1).key().compareTo(r.rows().get(i).key()) < 0);
        }
    }

    @Test
    void oneMoreObjectPerOpOnEveryForkIsCaughtAndOneForkNeverDecides() {
        RowKey k = key("alloc", "gc.alloc.rate.norm");
        RowComparison plus16 = only(forks(k, "B/op", 5, 4048, 4048, 4048), forks(k, "B/op", 5, 4064, 4064, 4064));
        assertEquals(Verdict.REGRESSED, plus16.verdict(), plus16.toString());
        RowComparison same = only(forks(k, "B/op", 5, 4048, 4048, 4048), forks(k, "B/op", 5, 4048, 4048, 4048));
        assertEquals(Verdict.EQUIVALENT, same.verdict());
        // one fork of three allocates one object more: a JIT decision, not a change
        RowComparison oneFork = only(forks(k, "B/op", 5, 4048, 4048, 4048), forks(k, "B/op", 5, 4048, 4048, 4064));
        assertFalse(oneFork.verdict() == Verdict.REGRESSED, oneFork.toString());
        RowComparison single = only(forks(k, "B/op", 5, 4048), forks(k, "B/op", 5, 9000));
        assertEquals(Verdict.INCONCLUSIVE, single.verdict());
        assertEquals(Undecided.TOO_FEW_FORKS, single.undecided());
    }

    @Test
    void twoAllocationModesReshuffledAreNotARegression() {
        RowKey k = key("modes", "gc.alloc.rate.norm");
        RowComparison r = only(forks(k, "B/op", 5, 3830, 4330, 3830, 3830, 4330),
                forks(k, "B/op", 5, 4330, 3830, 4330, 4330, 3830));
        assertFalse(r.verdict() == Verdict.REGRESSED, r.toString());
    }

    @Test
    void oneForkASideIsNeverADecision() {
        RowKey k = key("ss", RowKey.PRIMARY);
        RowComparison rc = only(forks(k, "us/op", 1, 10), forks(k, "us/op", 1, 1000));
        assertEquals(Verdict.INCONCLUSIVE, rc.verdict());
        assertEquals(Undecided.TOO_FEW_FORKS, rc.undecided());
        assertEquals(100.0, rc.ratio(), 1e-9);
        assertTrue(rc.forksToSettle() >= 3);
        assertTrue(rc.note().contains("fewer than 2 settled forks"), rc.note());
    }

    @Test
    void aSignificantChangeBelowTheFloorIsEquivalentAndAboveItRegressed() {
        RowKey k = key("tiny", RowKey.PRIMARY);
        Row base = forks(k, "ns/op", 10, 100.0, 100.1, 99.9, 100.05, 99.95, 100.02, 99.98, 100.01);
        Row cand = forks(k, "ns/op", 10, 101.0, 101.1, 100.9, 101.05, 100.95, 101.02, 100.98, 101.01);
        RowComparison rc = only(base, cand);
        assertTrue(rc.qValue() < 0.05, "significant: " + rc.qValue());
        assertEquals(Verdict.EQUIVALENT, rc.verdict());
        Settings strict = Settings.of(0.05, 0.005);
        assertEquals(Verdict.REGRESSED, only(file(base), file(cand), strict).verdict());
    }

    @Test
    void theIntervalShownIsTheOneTheVerdictRestsOn() {
        RowKey k = key("shown", RowKey.PRIMARY);
        RowComparison reg = only(forks(k, "ns/op", 5, 100, 101, 99, 100.5, 99.5),
                forks(k, "ns/op", 5, 110, 111, 109, 110.5, 109.5));
        assertEquals(Verdict.REGRESSED, reg.verdict());
        assertTrue(reg.ciLow() > 1.0 && reg.ciHigh() > 1.02, reg.toString());
        RowComparison eq = only(forks(k, "ns/op", 5, 100, 101, 99, 100.5, 99.5),
                forks(k, "ns/op", 5, 100.2, 100.8, 99.4, 100.4, 99.6));
        assertEquals(Verdict.EQUIVALENT, eq.verdict());
        assertTrue(eq.ciLow() > 0.98 && eq.ciHigh() < 1.02, eq.toString());
        assertEquals(0.90, eq.confidence(), 1e-12);
    }

    @Test
    void throughputAndTimeAreSymmetricOnTheLogScale() {
        RowKey t = RowKey.of("b.t", "avgt", Map.of(), 1, RowKey.PRIMARY);
        RowKey p = RowKey.of("b.t", "thrpt", Map.of(), 1, RowKey.PRIMARY);
        double[] base = {100, 100.1, 99.9, 100.05, 99.95, 100.02, 99.98, 100.01};
        double[] slow = new double[base.length];
        double[] fewer = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            slow[i] = base[i] * 1.0203;
            fewer[i] = base[i] / 1.0203;
        }
        RowComparison time = only(forks(t, "ns/op", 10, base), forks(t, "ns/op", 10, slow));
        RowComparison thrpt = only(forks(p, "ops/s", 10, base), forks(p, "ops/s", 10, fewer));
        assertEquals(Verdict.REGRESSED, time.verdict());
        assertEquals(time.verdict(), thrpt.verdict());
        assertEquals(time.change(), 1 / (1 - thrpt.change()) - 1, 1e-9);
    }

    @Test
    void incompatibleUnitsAreAClearError() {
        RowKey k = key("u", RowKey.PRIMARY);
        BadInputException e = assertThrows(BadInputException.class, () -> engine.compare(
                file(forks(k, "ops/s", 3, 10, 10, 10)), file(forks(k, "ns/op", 3, 10, 10, 10)), defaults));
        assertEquals("b.u (avgt): incompatible units, baseline ops/s vs candidate ns/op", e.getMessage());
    }

    @Test
    void zeroValuedMetricsAreComparedWithoutLogsAndRatesHaveNoBetterSide() {
        RowKey k = key("gc", "gc.count");
        double[][] base = new double[5][];
        double[][] cand = new double[5][];
        for (int f = 0; f < 5; f++) {
            base[f] = new double[] {0, 1, 0, 2};
            cand[f] = new double[] {10, 11, 10, 12};
        }
        RowComparison rc = only(new Row(k, "counts", base, null), new Row(k, "counts", cand, null));
        assertEquals(Direction.NONE, rc.direction());
        assertEquals(Verdict.CHANGED, rc.verdict());
        assertFalse(Double.isNaN(rc.ratio()));
    }

    @Test
    void aGatedZeroBaselineCannotBeComputed() {
        RowKey k = key("zero", RowKey.PRIMARY);
        double[][] base = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
        double[][] cand = {{20, 21, 19}, {20, 20, 20}, {22, 21, 20}};
        RowComparison rc = only(new Row(k, "#", base, null), new Row(k, "#", cand, null));
        assertEquals(Undecided.NOT_COMPUTABLE, rc.undecided(), rc.toString());
        assertTrue(rc.note().contains("zero baseline"), rc.note());
    }

    @Test
    void nonFiniteValuesInAGatedRowMakeItUntrusted() {
        RowKey k = key("nan", RowKey.PRIMARY);
        Row base = forks(k, "ns/op", 5, 10, 10, 10);
        Row cand = new Row(k, "ns/op", forks(k, "ns/op", 5, 11, 11, 11).forks(), null, null, 2);
        RowComparison rc = only(base, cand);
        assertEquals(Undecided.NOT_COMPUTABLE, rc.undecided());
        assertTrue(rc.note().contains("not finite"), rc.note());
    }

    @Test
    void valuesNearTheLargestDoubleStillGiveFiniteCentres() {
        RowKey k = key("huge", RowKey.PRIMARY);
        RowComparison rc = only(forks(k, "ns/op", 5, 1e308, 1.01e308, 0.99e308),
                forks(k, "ns/op", 5, 1e308, 1.02e308, 0.98e308));
        assertTrue(Double.isFinite(rc.baseScore()) && Double.isFinite(rc.ratio()), rc.toString());
        assertEquals(Undecided.NO, rc.undecided());
    }

    @Test
    void aForkFarFromItsSideIsUntrustedNotAveraged() {
        RowKey k = key("wild", RowKey.PRIMARY);
        RowComparison rc = only(forks(k, "us/op", 3, 10, 10.1, 9.9, 10.05, 9.95),
                forks(k, "us/op", 3, 20, 20.2, 19.8, 20.1, 2000));
        assertEquals(Undecided.WILD_FORK, rc.undecided(), rc.toString());
        assertTrue(rc.untrusted());
    }

    @Test
    void pairedRoundsArePairedByLabelNotPosition() {
        RowKey k = key("paired", RowKey.PRIMARY);
        // each round drifts by up to 8%: both sides of a round move together
        double[] drift = {1.00, 1.08, 0.95, 1.04, 0.92, 1.06};
        double[] b = new double[6];
        double[] c = new double[6];
        for (int i = 0; i < 6; i++) {
            b[i] = 100 * drift[i] * (1 + 0.002 * (i % 3 - 1));
            c[i] = 104 * drift[i] * (1 + 0.002 * ((i + 1) % 3 - 1));
        }
        String[] rounds = {"r1", "r2", "r3", "r4", "r5", "r6"};
        Row base = labelled(forks(k, "ns/op", 5, b), rounds);
        RowComparison paired = only(base, labelled(forks(k, "ns/op", 5, c), rounds));
        assertEquals(Verdict.REGRESSED, paired.verdict(), paired.toString());
        assertTrue(paired.method().startsWith("paired rounds"), paired.method());
        // the same forks unlabelled: the drift hides the change
        RowComparison unpaired = only(forks(k, "ns/op", 5, b), forks(k, "ns/op", 5, c));
        assertTrue(unpaired.method().startsWith("independent forks"), unpaired.method());
        assertFalse(unpaired.verdict() == Verdict.REGRESSED, unpaired.toString());
        // labels in another order pair the same rounds
        double[] shuffled = {c[3], c[0], c[5], c[1], c[4], c[2]};
        Row reordered = labelled(forks(k, "ns/op", 5, shuffled), "r4", "r1", "r6", "r2", "r5", "r3");
        assertEquals(paired.ciLow(), only(base, reordered).ciLow(), 1e-12);
    }

    @Test
    void warmUpIsDroppedAndSpikesDoNotMoveTheCentre() {
        RowKey k = key("steady", RowKey.PRIMARY);
        double[][] base = new double[3][];
        double[][] cand = new double[3][];
        for (int f = 0; f < 3; f++) {
            base[f] = new double[] {4600, 3100, 2200, 1700, 1690, 1684, 1686, 1683, 1685, 1684};
            cand[f] = new double[] {4600, 3100, 2200, 1700, 1690, 1684, 1686, 4000, 1685, 1684};
        }
        RowComparison rc = only(new Row(k, "ns/op", base, null), new Row(k, "ns/op", cand, null));
        assertTrue(rc.steady().baseDropped() >= 9, rc.steady().toString());
        assertEquals(1.0, rc.ratio(), 0.002);
    }

    @Test
    void mostlyUnsteadyForksAreNeverEquivalent() {
        RowKey k = key("moving", RowKey.PRIMARY);
        double[][] base = new double[3][];
        double[][] cand = new double[3][];
        for (int f = 0; f < 3; f++) {
            base[f] = new double[] {657, 600, 560, 520, 480, 450, 420, 390, 360, 330};
            cand[f] = base[f].clone();
        }
        RowComparison rc = only(new Row(k, "ns/op", base, null), new Row(k, "ns/op", cand, null));
        assertTrue(rc.steady().mostlyUnsteady());
        assertEquals(Verdict.INCONCLUSIVE, rc.verdict());
        assertTrue(rc.note().contains("never settled"), rc.note());
    }

    @Test
    void unknownSecondaryDirectionIsMarked() {
        RowKey k = key("aux", "compressedBytes");
        RowComparison rc = only(forks(k, "#", 5, 100, 101, 99), forks(k, "#", 5, 100, 101, 99));
        assertTrue(rc.note().contains("direction assumed"), rc.note());
    }

    @Test
    void settingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Settings.of(0, 0.02));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(0.6, 0.02));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(0.05, 1.2));
        assertThrows(IllegalArgumentException.class, () -> new Settings(0.05, 0.02, Double.POSITIVE_INFINITY,
                Settings.DEFAULT_GATED, Rule.WARN, Rule.FAIL, List.of()));
        assertTrue(Arrays.asList(Verdict.values()).contains(Verdict.CHANGED));
    }
}
