package io.mcpbench.compare.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.Direction;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void latestIsComparedWithTheMedianOfTheRunsBefore() {
        double[] values = {50, 100, 104, 98, 300, 102, 110};
        Trend t = Trend.of(values, 5, Direction.LOWER_IS_BETTER);
        assertEquals(50, t.first());
        assertEquals(110, t.last());
        assertEquals(50, t.min());
        assertEquals(300, t.max());
        assertEquals(5, t.previousRuns());
        assertEquals(102, t.previousMedian(), 1e-12, "median of 100, 104, 98, 300, 102; the outlier does not count");
        assertEquals(110.0 / 102 - 1, t.latestChange(), 1e-12);
        assertEquals(Shift.REGRESSION, t.latestShift());
        assertEquals(Shift.IMPROVEMENT, Trend.of(values, 5, Direction.HIGHER_IS_BETTER).latestShift());
    }

    @Test
    void fewerEarlierRunsThanAskedAndEvenCounts() {
        Trend t = Trend.of(new double[] {10, 20, 12}, 5, Direction.HIGHER_IS_BETTER);
        assertEquals(2, t.previousRuns());
        assertEquals(15, t.previousMedian(), 1e-12);
        assertEquals(12.0 / 15 - 1, t.latestChange(), 1e-12);
        assertEquals(Shift.REGRESSION, t.latestShift());
    }

    @Test
    void singleValueHasNoChange() {
        Trend t = Trend.of(new double[] {7}, 5, Direction.LOWER_IS_BETTER);
        assertEquals(0, t.previousRuns());
        assertTrue(Double.isNaN(t.previousMedian()));
        assertTrue(Double.isNaN(t.latestChange()));
        assertEquals(Shift.NEUTRAL, t.latestShift());
        assertThrows(IllegalArgumentException.class, () -> Trend.of(new double[0], 5, Direction.LOWER_IS_BETTER));
    }

    @Test
    void relativeChangeFromZero() {
        assertEquals(0, Trend.relative(0, 0));
        assertEquals(Double.POSITIVE_INFINITY, Trend.relative(3, 0));
        assertEquals(0.5, Trend.relative(3, 2), 1e-12);
    }
}
