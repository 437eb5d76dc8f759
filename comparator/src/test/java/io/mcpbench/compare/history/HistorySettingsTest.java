package io.mcpbench.compare.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistorySettingsTest {

    private static String refused(int permutations, double significance, int minSegment, int window, int trendRuns) {
        return assertThrows(IllegalArgumentException.class,
                () -> new HistorySettings(permutations, significance, minSegment, window, trendRuns, 1)).getMessage();
    }

    @Test
    void defaults() {
        HistorySettings d = HistorySettings.defaults();
        assertEquals(199, d.permutations());
        assertEquals(0.01, d.significance());
        assertEquals(5, d.minSegment());
        assertEquals(0, d.window());
        assertEquals(5, d.trendRuns());
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertEquals("with 50 permutations no p-value can reach 0.01: use at least 99 permutations",
                refused(50, 0.01, 5, 0, 5));
        assertEquals("significance must be in (0, 1), got 1.0", refused(199, 1.0, 5, 0, 5));
        assertEquals("permutations must be 1 to 99999, got 0", refused(0, 0.5, 5, 0, 5));
        assertEquals("permutations must be 1 to 99999, got 2147483647", refused(Integer.MAX_VALUE, 0.5, 5, 0, 5));
        assertEquals("minSegment must be at least 2, got 1", refused(199, 0.01, 1, 0, 5));
        assertEquals("window must be 0 (all runs) or positive, got -3", refused(199, 0.01, 5, -3, 5));
        assertEquals("trendRuns must be at least 1, got 0", refused(199, 0.01, 5, 0, 0));
    }

    @Test
    void withersChangeOneThing() {
        HistorySettings d = HistorySettings.defaults();
        assertEquals(new HistorySettings(199, 0.01, 5, 30, 5, 1), d.withWindow(30));
        assertEquals(new HistorySettings(199, 0.01, 3, 0, 5, 1), d.withMinSegment(3));
        assertEquals(new HistorySettings(999, 0.05, 5, 0, 5, 9), d.withTest(999, 0.05, 9));
    }
}
