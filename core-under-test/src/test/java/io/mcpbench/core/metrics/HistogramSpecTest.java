package io.mcpbench.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistogramSpecTest {

    @Test
    void nanosecondsConvertToSecondsWithoutRoundingNoise() {
        HistogramSpec spec = HistogramSpec.nanosecondsAsSeconds();
        assertEquals("seconds", spec.unit());
        assertEquals(1e9, spec.ticksPerUnit());
        assertEquals(1e-6, spec.toUnit(1_000));
        assertEquals(0.012345678, spec.toUnit(12_345_678));
        assertEquals(3_600_000_000_000L, spec.highestTrackableTicks());
    }

    @Test
    void exportBoundariesAreCopied() {
        double[] bounds = {1, 2, 3};
        HistogramSpec spec = HistogramSpec.of("bytes", 1, 1000, bounds);
        bounds[0] = 99;
        assertArrayEquals(new double[] {1, 2, 3}, spec.exportBoundaries());
        spec.exportBoundaries()[1] = 99;
        assertArrayEquals(new double[] {1, 2, 3}, spec.exportBoundaries());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(HistogramSpec.of("bytes", 1, 1000, 1, 2), HistogramSpec.of("bytes", 1, 1000, 1, 2));
        assertEquals(HistogramSpec.of("bytes", 1, 1000, 1, 2).hashCode(),
                HistogramSpec.of("bytes", 1, 1000, 1, 2).hashCode());
        assertNotEquals(HistogramSpec.of("bytes", 1, 1000, 1, 2), HistogramSpec.of("bytes", 1, 1000, 1, 3));
        assertNotEquals(HistogramSpec.of("bytes", 1, 1000), HistogramSpec.of("bytes", 2, 1000));
    }

    @Test
    void badSpecsAreRefusedWithAReason() {
        IllegalArgumentException unit = assertThrows(IllegalArgumentException.class,
                () -> HistogramSpec.of("milli seconds", 1, 10));
        assertTrue(unit.getMessage().contains("'milli seconds'"), unit.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HistogramSpec.of("", 0, 10));
        assertThrows(IllegalArgumentException.class, () -> HistogramSpec.of("", Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> HistogramSpec.of("", Double.POSITIVE_INFINITY, 10));
        assertThrows(IllegalArgumentException.class, () -> HistogramSpec.of("", 1, 0));
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> HistogramSpec.of("", 1, 10, 1, 1));
        assertTrue(order.getMessage().contains("strictly increasing"), order.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HistogramSpec.of("", 1, 10, 1, Double.NaN));
        assertThrows(NullPointerException.class, () -> HistogramSpec.of(null, 1, 10));
    }
}
