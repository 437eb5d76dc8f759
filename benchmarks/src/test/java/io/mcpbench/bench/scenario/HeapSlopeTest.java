package io.mcpbench.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class HeapSlopeTest {

    @Test
    void aStraightLineHasItsSlopeAndNoWidth() {
        HeapSlope s = new HeapSlope();
        for (int i = 0; i < 10; i++) {
            s.add(i * 10.0, 100.0 + 0.01 * i * 10.0); // 0.01 MB a second: 36 MB an hour
        }
        assertEquals(36.0, s.perHour(), 1e-9);
        assertEquals(0.0, s.halfWidthPerHour(), 1e-6);
    }

    @Test
    void theIntervalIsCommonsMathsOnNoisyReadings() {
        SplittableRandom random = new SplittableRandom(3);
        HeapSlope s = new HeapSlope();
        SimpleRegression reference = new SimpleRegression();
        for (int i = 0; i < 20; i++) {
            double t = i * 10.0 + random.nextDouble();
            double mb = 80.0 + 0.002 * t + random.nextDouble() * 4.0;
            s.add(t, mb);
            reference.addData(t, mb);
        }
        assertEquals(reference.getSlope() * 3600, s.perHour(), 1e-9);
        assertEquals(reference.getSlopeConfidenceInterval(0.05) * 3600, s.halfWidthPerHour(), 1e-6);
        assertTrue(s.halfWidthPerHour() > 0);
    }

    @Test
    void fewerThanThreeReadingsHaveNoInterval() {
        HeapSlope s = new HeapSlope();
        s.add(0, 1);
        s.add(1, 2);
        assertFalse(s.hasInterval());
        assertThrows(IllegalStateException.class, s::perHour);
        HeapSlope sameTime = new HeapSlope();
        for (int i = 0; i < 3; i++) {
            sameTime.add(5, i);
        }
        assertFalse(sameTime.hasInterval());
    }
}
