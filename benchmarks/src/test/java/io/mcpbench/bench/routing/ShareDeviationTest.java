package io.mcpbench.bench.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShareDeviationTest {

    private static final double EPS = 1e-9;

    @Test
    void perfectlyEvenSpreadDeviatesByZero() {
        assertEquals(0.0, ShareDeviation.maxPercent(List.of(new long[] {50, 50, 50}), new boolean[3]), EPS);
    }

    @Test
    void countsAreSummedOverThreadsBeforeSharesAreTaken() {
        // Each thread alone is lopsided; together the spread is even.
        List<long[]> tallies = List.of(new long[] {100, 0}, new long[] {0, 100});
        assertEquals(0.0, ShareDeviation.maxPercent(tallies, new boolean[2]), EPS);
    }

    @Test
    void theLargestDeviationWinsWhetherAboveOrBelowFair() {
        // fair = 100; 90 is 10% below, 115 is 15% above, 95 is 5% below
        assertEquals(15.0, ShareDeviation.maxPercent(List.of(new long[] {90, 115, 95}), new boolean[3]), EPS);
        // fair = 100; 70 is 30% below, the others 15% above
        assertEquals(30.0, ShareDeviation.maxPercent(List.of(new long[] {70, 115, 115}), new boolean[3]), EPS);
    }

    @Test
    void excludedInstancesCountNeitherInTheTotalNorInTheFairShare() {
        long[] counts = {200, 200, 5, 200};
        boolean[] failing = {false, false, true, false};
        assertEquals(0.0, ShareDeviation.maxPercent(List.of(counts), failing), EPS);
        boolean[] none = new boolean[4];
        assertTrue(ShareDeviation.maxPercent(List.of(counts), none) > 90.0);
    }

    @Test
    void anInstanceThatGotNothingDeviatesByAHundredPercent() {
        assertEquals(100.0, ShareDeviation.maxPercent(List.of(new long[] {10, 10, 0, 20}), new boolean[4]), EPS);
    }

    @Test
    void noRoutesGiveNaN() {
        assertTrue(Double.isNaN(ShareDeviation.maxPercent(List.of(new long[3]), new boolean[3])));
        assertTrue(Double.isNaN(ShareDeviation.maxPercent(List.of(), new boolean[3])));
    }

    @Test
    void mismatchedLengthsAndAllExcludedAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShareDeviation.maxPercent(List.of(new long[] {1, 2}), new boolean[3]));
        assertEquals("a tally counts 2 instances, expected 3", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ShareDeviation.maxPercent(List.of(new long[] {1, 2}), new boolean[] {true, true}));
    }
}
