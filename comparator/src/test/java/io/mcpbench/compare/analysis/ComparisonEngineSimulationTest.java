package io.mcpbench.compare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import org.junit.jupiter.api.Test;

/** Error rates of the whole decision on seeded data with fork-to-fork random effects. */
class ComparisonEngineSimulationTest {

    private static final int ROWS = 200;
    private static final double FORK_SD = 0.02;
    private static final double ITERATION_SD = 0.03;

    private final ComparisonEngine engine = new ComparisonEngine();

    private static double flaggedShare(ComparisonResult r) {
        return (r.count(Verdict.REGRESSED) + r.count(Verdict.IMPROVED)) / (double) r.rows().size();
    }

    @Test
    void aaRunsFlagAtMostFivePercentOfRows() {
        int flagged = 0;
        int rows = 0;
        int rawSignificant = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Simulated sim = new Simulated(seed);
            ResultFile base = sim.file("a1", "avgt", "ns/op", ROWS, 10, 20, 1.0, FORK_SD, ITERATION_SD);
            ResultFile cand = sim.file("a2", "avgt", "ns/op", ROWS, 10, 20, 1.0, FORK_SD, ITERATION_SD);
            ComparisonResult r = engine.compare(base, cand, ComparisonSettings.defaults());
            assertEquals(ROWS, r.rows().size());
            assertTrue(flaggedShare(r) <= 0.05, "A/A flagged " + flaggedShare(r));
            flagged += r.count(Verdict.REGRESSED) + r.count(Verdict.IMPROVED);
            rows += r.rows().size();
            for (RowComparison rc : r.rows()) {
                if (rc.pValue() < 0.05) rawSignificant++;
            }
            // with 10 forks a side and 2% fork noise most rows are shown equivalent within 5%
            assertTrue(r.count(Verdict.EQUIVALENT) > ROWS * 0.8, "equivalent " + r.count(Verdict.EQUIVALENT));
        }
        // the raw Welch p-values are calibrated: about 5% fall below 0.05 before FDR control
        double rawShare = rawSignificant / (double) rows;
        assertTrue(rawShare > 0.02 && rawShare < 0.08, "raw p < 0.05 share " + rawShare);
        System.out.printf("A/A: %d of %d rows flagged (%.2f%%), raw p<0.05 %.2f%%%n", flagged, rows,
                100.0 * flagged / rows, 100.0 * rawShare);
    }

    @Test
    void aaRunsWithTwoForksStayLowConfidenceAndMostlyQuiet() {
        int flagged = 0;
        int rows = 0;
        for (long seed = 61; seed <= 65; seed++) {
            Simulated sim = new Simulated(seed);
            ResultFile base = sim.file("a1", "avgt", "ns/op", ROWS, 2, 20, 1.0, FORK_SD, ITERATION_SD);
            ResultFile cand = sim.file("a2", "avgt", "ns/op", ROWS, 2, 20, 1.0, FORK_SD, ITERATION_SD);
            ComparisonResult r = engine.compare(base, cand, ComparisonSettings.defaults());
            assertEquals(0, r.count(Verdict.EQUIVALENT));
            for (RowComparison rc : r.rows()) {
                assertTrue(rc.lowConfidence());
            }
            flagged += r.count(Verdict.REGRESSED) + r.count(Verdict.IMPROVED);
            rows += r.rows().size();
        }
        System.out.printf("A/A, 2 forks (iteration fallback): %d of %d rows flagged (%.2f%%)%n", flagged, rows,
                100.0 * flagged / rows);
        assertTrue(flagged <= 0.05 * rows, "flagged " + flagged);
    }

    @Test
    void oneForkASideIsAlwaysLowConfidence() {
        Simulated sim = new Simulated(101);
        ResultFile base = sim.file("a1", "avgt", "ns/op", ROWS, 1, 20, 1.0, FORK_SD, ITERATION_SD);
        ResultFile cand = sim.file("a2", "avgt", "ns/op", ROWS, 1, 20, 1.0, FORK_SD, ITERATION_SD);
        ComparisonResult r = engine.compare(base, cand, ComparisonSettings.defaults());
        assertEquals(0, r.count(Verdict.EQUIVALENT));
        int flagged = 0;
        for (RowComparison rc : r.rows()) {
            assertTrue(rc.lowConfidence());
            if (rc.verdict() == Verdict.REGRESSED || rc.verdict() == Verdict.IMPROVED) {
                flagged++;
                assertTrue(Math.abs(rc.change()) >= ComparisonEngine.UNSEEN_FORK_VARIANCE_FLOOR, rc.toString());
            }
        }
        // nothing in one fork a side shows fork-to-fork variation: only changes over the wider floor count
        System.out.printf("A/A, 1 fork (iteration fallback, fork noise invisible): %d of %d rows flagged (%.2f%%)%n",
                flagged, ROWS, 100.0 * flagged / ROWS);
        assertTrue(flagged <= 0.05 * ROWS, "flagged " + flagged);
    }

    @Test
    void aTwentyPercentSlowdownWithOneForkASideIsStillFlagged() {
        Simulated sim = new Simulated(102);
        ResultFile base = sim.file("b", "avgt", "ns/op", ROWS, 1, 20, 1.0, FORK_SD, ITERATION_SD);
        ResultFile cand = sim.file("c", "avgt", "ns/op", ROWS, 1, 20, 1.20, FORK_SD, ITERATION_SD);
        ComparisonResult r = engine.compare(base, cand, ComparisonSettings.defaults());
        assertEquals(0, r.count(Verdict.IMPROVED));
        assertTrue(r.count(Verdict.REGRESSED) >= 0.95 * ROWS, "regressed " + r.count(Verdict.REGRESSED));
    }

    @Test
    void tenPercentSlowdownWithTwoForksIsNeverCalledEquivalentOrImproved() {
        int regressed = 0;
        int rows = 0;
        for (long seed = 71; seed <= 75; seed++) {
            Simulated sim = new Simulated(seed);
            ResultFile base = sim.file("b", "avgt", "ns/op", ROWS, 2, 20, 1.0, FORK_SD, ITERATION_SD);
            ResultFile cand = sim.file("c", "avgt", "ns/op", ROWS, 2, 20, 1.10, FORK_SD, ITERATION_SD);
            ComparisonResult r = engine.compare(base, cand, ComparisonSettings.defaults());
            assertEquals(0, r.count(Verdict.IMPROVED));
            assertEquals(0, r.count(Verdict.EQUIVALENT));
            for (RowComparison rc : r.rows()) {
                if (rc.verdict() == Verdict.INCONCLUSIVE) {
                    assertTrue(rc.forksToSettle() >= ComparisonEngine.MIN_FORKS, rc.toString());
                }
            }
            regressed += r.count(Verdict.REGRESSED);
            rows += r.rows().size();
        }
        // two forks a side say little about fork-to-fork variation: the fallback is deliberately
        // conservative (its degrees of freedom come from the forks), so most rows stay inconclusive
        System.out.printf("10%% slowdown, 2 forks (iteration fallback): %d of %d rows REGRESSED (%.2f%%)%n", regressed,
                rows, 100.0 * regressed / rows);
        assertTrue(regressed >= 0.1 * rows, "regressed " + regressed);
    }

    @Test
    void aaRunsWithHeavyForkNoiseStayQuiet() {
        Simulated sim = new Simulated(99);
        ResultFile base = sim.file("a1", "thrpt", "ops/s", ROWS, 5, 10, 1.0, 0.10, 0.05);
        ResultFile cand = sim.file("a2", "thrpt", "ops/s", ROWS, 5, 10, 1.0, 0.10, 0.05);
        ComparisonResult r = engine.compare(base, cand, ComparisonSettings.defaults());
        assertTrue(flaggedShare(r) <= 0.05, "A/A flagged " + flaggedShare(r));
        assertTrue(r.count(Verdict.INCONCLUSIVE) > 0);
        for (RowComparison rc : r.rows()) {
            if (rc.verdict() == Verdict.INCONCLUSIVE) {
                assertTrue(rc.forksToSettle() > 5, rc.key().displayName() + " " + rc.forksToSettle());
            }
        }
    }

    @Test
    void tenPercentSlowdownWithTenForksIsRegressedNearlyAlways() {
        int regressed = 0;
        int rows = 0;
        for (long seed = 11; seed <= 15; seed++) {
            Simulated sim = new Simulated(seed);
            ResultFile base = sim.file("b", "avgt", "ns/op", ROWS, 10, 20, 1.0, FORK_SD, ITERATION_SD);
            ResultFile cand = sim.file("c", "avgt", "ns/op", ROWS, 10, 20, 1.10, FORK_SD, ITERATION_SD);
            ComparisonResult r = engine.compare(base, cand, ComparisonSettings.defaults());
            assertTrue(r.count(Verdict.REGRESSED) >= 0.95 * ROWS, "regressed " + r.count(Verdict.REGRESSED));
            assertEquals(0, r.count(Verdict.IMPROVED));
            regressed += r.count(Verdict.REGRESSED);
            rows += r.rows().size();
            assertEquals(Verdict.REGRESSED, r.geometricMean().verdict());
            assertEquals(1.10, r.geometricMean().ratio(), 0.01);
        }
        System.out.printf("10%% slowdown, 10 forks: %d of %d rows REGRESSED (%.2f%%)%n", regressed, rows,
                100.0 * regressed / rows);
    }

    @Test
    void throughputDropIsARegressionAndRiseAnImprovement() {
        Simulated sim = new Simulated(21);
        ResultFile base = sim.file("b", "thrpt", "ops/s", 50, 10, 20, 1.0, FORK_SD, ITERATION_SD);
        ResultFile slower = sim.file("c", "thrpt", "ops/s", 50, 10, 20, 0.90, FORK_SD, ITERATION_SD);
        ResultFile faster = sim.file("d", "thrpt", "ops/s", 50, 10, 20, 1.10, FORK_SD, ITERATION_SD);
        ComparisonResult down = engine.compare(base, slower, ComparisonSettings.defaults());
        ComparisonResult up = engine.compare(base, faster, ComparisonSettings.defaults());
        assertTrue(down.count(Verdict.REGRESSED) >= 48, "down " + down.counts());
        assertTrue(up.count(Verdict.IMPROVED) >= 48, "up " + up.counts());
        for (RowComparison rc : down.rows()) {
            if (rc.verdict() == Verdict.REGRESSED) {
                assertTrue(rc.change() > 0.05 && rc.ratio() < 1.0, rc.toString());
            }
        }
        assertTrue(down.geometricMean().ratio() > 1.05, "geomean oriented as worse-above-1");
    }

    @Test
    void timeRiseIsARegressionForEveryTimeMode() {
        for (String mode : new String[] {"avgt", "sample", "ss"}) {
            Simulated sim = new Simulated(31);
            ResultFile base = sim.file("b", mode, "us/op", 30, 10, 20, 1.0, FORK_SD, ITERATION_SD);
            ResultFile slower = sim.file("c", mode, "us/op", 30, 10, 20, 1.10, FORK_SD, ITERATION_SD);
            ResultFile faster = sim.file("d", mode, "us/op", 30, 10, 20, 0.90, FORK_SD, ITERATION_SD);
            assertTrue(engine.compare(base, slower, ComparisonSettings.defaults()).count(Verdict.REGRESSED) >= 28, mode);
            assertTrue(engine.compare(base, faster, ComparisonSettings.defaults()).count(Verdict.IMPROVED) >= 28, mode);
        }
    }

    @Test
    void opsPerMsAndOpsPerSecondCompareAsEqual() {
        Simulated sim = new Simulated(41);
        ResultFile perSecond = sim.file("s", "thrpt", "ops/s", 40, 10, 20, 1000.0, FORK_SD, ITERATION_SD);
        ResultFile perMs = sim.file("ms", "thrpt", "ops/ms", 40, 10, 20, 1.0, FORK_SD, ITERATION_SD);
        ComparisonResult r = engine.compare(perSecond, perMs, ComparisonSettings.defaults());
        assertEquals(0, r.count(Verdict.REGRESSED) + r.count(Verdict.IMPROVED), r.counts().toString());
        for (RowComparison rc : r.rows()) {
            assertEquals("ops/s", rc.unit());
            assertEquals(1.0, rc.ratio(), 0.05);
        }
        ResultFile nanos = sim.file("ns", "avgt", "ns/op", 40, 10, 20, 1000.0, FORK_SD, ITERATION_SD);
        ResultFile micros = sim.file("us", "avgt", "us/op", 40, 10, 20, 1.0, FORK_SD, ITERATION_SD);
        ComparisonResult t = engine.compare(nanos, micros, ComparisonSettings.defaults());
        assertEquals(0, t.count(Verdict.REGRESSED) + t.count(Verdict.IMPROVED), t.counts().toString());
        assertEquals("ns/op", t.rows().get(0).unit());
    }

    @Test
    void forksToSettleIsEnoughToSettleMostRows() {
        Simulated sim = new Simulated(81);
        ResultFile base = sim.file("b", "avgt", "ns/op", ROWS, 4, 10, 1.0, 0.05, 0.01);
        ResultFile cand = sim.file("c", "avgt", "ns/op", ROWS, 4, 10, 1.0, 0.05, 0.01);
        ComparisonResult first = engine.compare(base, cand, ComparisonSettings.defaults());
        int[] settle = first.rows().stream().filter(rc -> rc.verdict() == Verdict.INCONCLUSIVE)
                .mapToInt(RowComparison::forksToSettle).sorted().toArray();
        assertTrue(settle.length > ROWS / 2, "inconclusive " + settle.length);
        int forks = settle[settle.length / 2];
        assertTrue(forks > 4, "forks " + forks);
        ResultFile base2 = sim.file("b", "avgt", "ns/op", ROWS, forks, 10, 1.0, 0.05, 0.01);
        ResultFile cand2 = sim.file("c", "avgt", "ns/op", ROWS, forks, 10, 1.0, 0.05, 0.01);
        ComparisonResult second = engine.compare(base2, cand2, ComparisonSettings.defaults());
        // the estimate aims at 80% power; with the median row's estimate most rows must settle
        assertTrue(second.count(Verdict.EQUIVALENT) >= 0.6 * ROWS,
                forks + " forks: " + second.counts());
    }

    @Test
    void concurrentComparisonsAgree() throws Exception {
        Simulated sim = new Simulated(91);
        ResultFile base = sim.file("b", "avgt", "ns/op", 100, 6, 10, 1.0, 0.03, 0.02);
        ResultFile cand = sim.file("c", "avgt", "ns/op", 100, 6, 10, 1.04, 0.03, 0.02);
        ComparisonResult expected = engine.compare(base, cand, ComparisonSettings.defaults());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<ComparisonResult>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> engine.compare(base, cand, ComparisonSettings.defaults())));
            }
            for (java.util.concurrent.Future<ComparisonResult> f : futures) {
                assertEquals(expected.rows(), f.get().rows());
                assertEquals(expected.counts(), f.get().counts());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sameSeedGivesTheSameResult() {
        Simulated sim = new Simulated(51);
        ResultFile base = sim.file("b", "avgt", "ns/op", 60, 8, 10, 1.0, 0.05, 0.05);
        ResultFile cand = sim.file("c", "avgt", "ns/op", 60, 8, 10, 1.03, 0.05, 0.05);
        ComparisonResult a = engine.compare(base, cand, ComparisonSettings.defaults());
        ComparisonResult b = engine.compare(base, cand, ComparisonSettings.defaults());
        assertEquals(a.rows(), b.rows());
    }
}
