package io.mcpbench.compare.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EDivisiveTest {

    private static final HistorySettings DEFAULTS = HistorySettings.defaults();

    private static List<EDivisive.Split> detect(HistorySettings settings, double[] values, long seed) {
        return new EDivisive(settings).detect(Synthetic.log(values), seed);
    }

    @Test
    void findsASingleTenPercentStepAtItsRun() {
        int exact = 0;
        for (long seed = 0; seed < 20; seed++) {
            List<EDivisive.Split> splits = detect(DEFAULTS, Synthetic.step(seed, 60, 30, 0.10, 0.02), seed);
            assertEquals(1, splits.size(), "seed " + seed + ": " + splits);
            EDivisive.Split split = splits.get(0);
            assertTrue(Math.abs(split.index() - 30) <= 1, "seed " + seed + ": " + split);
            assertTrue(split.pValue() <= DEFAULTS.significance(), split.toString());
            assertEquals(1.0 / 200, split.pValue(), 1e-12, "no permutation reaches a clean 5-sigma step");
            if (split.index() == 30) {
                exact++;
            }
        }
        assertTrue(exact >= 18, "exact location in " + exact + " of 20");
    }

    @Test
    void findsTwoSteps() {
        for (long seed = 0; seed < 20; seed++) {
            double[] level = new double[80];
            for (int i = 0; i < level.length; i++) {
                level[i] = i < 25 ? 1.0 : i < 55 ? 1.12 : 0.95;
            }
            List<EDivisive.Split> splits = detect(DEFAULTS, Synthetic.noisy(seed, level, 0.02), seed);
            assertEquals(2, splits.size(), "seed " + seed + ": " + splits);
            assertTrue(Math.abs(splits.get(0).index() - 25) <= 2, "seed " + seed + ": " + splits);
            assertTrue(Math.abs(splits.get(1).index() - 55) <= 2, "seed " + seed + ": " + splits);
        }
    }

    @Test
    void gradualDriftIsFoundInsideTheDrift() {
        for (long seed = 0; seed < 20; seed++) {
            double[] level = new double[60];
            for (int i = 0; i < level.length; i++) {
                level[i] = i < 20 ? 1.0 : i < 40 ? 1.0 + 0.15 * (i - 20) / 20.0 : 1.15;
            }
            List<EDivisive.Split> splits = detect(DEFAULTS, Synthetic.noisy(seed, level, 0.02), seed);
            assertTrue(!splits.isEmpty(), "seed " + seed + ": a 15% drift goes unnoticed");
            for (EDivisive.Split s : splits) {
                assertTrue(s.index() >= 17 && s.index() <= 43, "seed " + seed + ": change point outside the drift: " + s);
            }
        }
    }

    @Test
    void aSingleOutlierSpikeIsNotAChangePoint() {
        int flagged = 0;
        for (long seed = 0; seed < 50; seed++) {
            double[] values = Synthetic.step(seed, 60, 60, 0, 0.02);
            values[30] *= 1.5;
            if (!detect(DEFAULTS, values, seed).isEmpty()) {
                flagged++;
            }
        }
        assertTrue(flagged <= 2, flagged + " of 50 series with one 50% spike got a change point");
    }

    @Test
    void pureNoiseGivesChangePointsInAboutTheSignificanceShareOfSeries() {
        int flagged = 0;
        for (long seed = 0; seed < 100; seed++) {
            if (!detect(DEFAULTS, Synthetic.step(5000 + seed, 60, 60, 0, 0.02), seed).isEmpty()) {
                flagged++;
            }
        }
        assertTrue(flagged <= 3, flagged + " of 100 noise series flagged at significance 0.01");
        HistorySettings loose = DEFAULTS.withTest(199, 0.10, 1);
        int looseFlagged = 0;
        for (long seed = 0; seed < 100; seed++) {
            if (!detect(loose, Synthetic.step(5000 + seed, 60, 60, 0, 0.02), seed).isEmpty()) {
                looseFlagged++;
            }
        }
        assertTrue(looseFlagged >= 3 && looseFlagged <= 18,
                looseFlagged + " of 100 noise series flagged at significance 0.10");
    }

    @Test
    void sameSeedSameResultAndPValuesDependOnTheSeed() {
        double[] values = Synthetic.step(3, 40, 20, 0.01, 0.02);
        HistorySettings settings = DEFAULTS.withTest(199, 0.5, 1);
        List<EDivisive.Split> a = detect(settings, values, 42);
        List<EDivisive.Split> b = detect(settings, values, 42);
        assertEquals(a, b);
        assertTrue(!a.isEmpty());
        assertTrue(a.get(0).pValue() > 1.0 / 200, "a 1% step in 2% noise is not clear-cut: " + a);
        boolean differs = false;
        for (long seed = 0; seed < 10 && !differs; seed++) {
            differs = !detect(settings, values, seed).equals(a);
        }
        assertTrue(differs, "the seed drives the permutations");
    }

    @Test
    void minimumSegmentIsRespected() {
        // A clear step three runs before the end: placed exactly with segments of 3, never
        // closer than 5 runs to the end with segments of 5.
        double[] values = Synthetic.step(9, 40, 37, 0.20, 0.01);
        List<EDivisive.Split> three = detect(DEFAULTS.withMinSegment(3), values, 1);
        assertEquals(1, three.size(), three.toString());
        assertEquals(37, three.get(0).index());
        for (EDivisive.Split s : detect(DEFAULTS, values, 1)) {
            assertTrue(s.index() <= 35, s.toString());
        }
        for (long seed = 0; seed < 20; seed++) {
            double[] level = new double[60];
            for (int i = 0; i < level.length; i++) {
                level[i] = (i / 3) % 2 == 0 ? 1.0 : 1.2; // alternating blocks of 3 runs
            }
            int minSegment = 7;
            List<EDivisive.Split> splits = detect(DEFAULTS.withMinSegment(minSegment), Synthetic.noisy(seed, level, 0.01), seed);
            int previous = 0;
            for (EDivisive.Split s : splits) {
                assertTrue(s.index() - previous >= minSegment, "segment shorter than " + minSegment + ": " + splits);
                previous = s.index();
            }
            assertTrue(60 - previous >= minSegment, "last segment shorter than " + minSegment + ": " + splits);
        }
    }

    @Test
    void windowAnalysesOnlyTheLastRuns() {
        double[] level = new double[80];
        for (int i = 0; i < level.length; i++) {
            level[i] = i < 20 ? 1.0 : i < 60 ? 1.15 : 1.3;
        }
        double[] values = Synthetic.noisy(4, level, 0.02);
        List<EDivisive.Split> all = detect(DEFAULTS, values, 1);
        assertEquals(2, all.size(), all.toString());
        List<EDivisive.Split> window = detect(DEFAULTS.withWindow(40), values, 1);
        assertEquals(1, window.size(), window.toString());
        assertEquals(60, window.get(0).index(), "indexes stay those of the whole series");
        assertTrue(detect(DEFAULTS.withWindow(15), values, 1).isEmpty(), "15 runs after the last step hold no shift");
    }

    @Test
    void tooShortOrConstantSeriesHaveNoChangePoints() {
        assertTrue(detect(DEFAULTS, new double[0], 1).isEmpty());
        assertTrue(detect(DEFAULTS, Synthetic.step(1, 9, 5, 1.0, 0.01), 1).isEmpty());
        double[] constant = new double[30];
        java.util.Arrays.fill(constant, 5.0);
        assertTrue(detect(DEFAULTS, constant, 1).isEmpty());
    }

    @Test
    void exactStepInADeterministicMetricIsFound() {
        double[] values = new double[30];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < 12 ? 64 : 88;
        }
        List<EDivisive.Split> splits = detect(DEFAULTS, values, 1);
        assertEquals(1, splits.size());
        assertEquals(12, splits.get(0).index());
    }

    @Test
    void nonFiniteValuesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EDivisive(DEFAULTS).detect(new double[] {1, Double.NaN, 2}, 1));
        assertEquals("value 1 is not finite: NaN", e.getMessage());
        assertNotEquals(null, e.getMessage());
    }
}
