package io.mcpbench.compare.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectionsTest {

    private static RowKey key(String mode, String metric) {
        return RowKey.of("b.M.m", mode, Map.of(), 1, metric);
    }

    private static Direction dir(String mode, String metric, String unit) {
        return Directions.of(key(mode, metric), unit).direction();
    }

    @Test
    void primaryFollowsTheMode() {
        assertEquals(Direction.HIGHER_IS_BETTER, dir("thrpt", RowKey.PRIMARY, "ops/s"));
        assertEquals(Direction.LOWER_IS_BETTER, dir("avgt", RowKey.PRIMARY, "ns/op"));
        assertEquals(Direction.LOWER_IS_BETTER, dir("sample", RowKey.PRIMARY, "s/op"));
        assertEquals(Direction.LOWER_IS_BETTER, dir("ss", RowKey.PRIMARY, "ms/op"));
    }

    @Test
    void knownSecondariesAreLowerIsBetterWhateverTheMode() {
        for (String m : new String[] {"gc.alloc.rate.norm", "p0.99", "p0.50", "gc.churn.G1_Eden_Space.norm"}) {
            MetricDirection d = Directions.of(key("thrpt", m), "MB/sec");
            assertEquals(Direction.LOWER_IS_BETTER, d.direction(), m);
            assertFalse(d.assumed(), m);
        }
    }

    @Test
    void unknownSecondariesFollowTheirUnitElseAreAssumedAndMarked() {
        assertEquals(Direction.HIGHER_IS_BETTER, dir("thrpt", "ArrayBlockingQueueAdd", "ops/us"));
        assertEquals(Direction.LOWER_IS_BETTER, dir("thrpt", "custom", "us/op"));
        assertEquals(Direction.LOWER_IS_BETTER, dir("thrpt", "custom", "B/op"));
        MetricDirection aux = Directions.of(key("avgt", "compressedBytes"), "#");
        assertEquals(Direction.LOWER_IS_BETTER, aux.direction());
        assertTrue(aux.assumed());
    }

    @Test
    void onlyAllocationPerOpIsComparedInBytes() {
        assertTrue(Directions.isAllocation(key("avgt", "gc.alloc.rate.norm")));
        assertFalse(Directions.isAllocation(key("avgt", "gc.alloc.rate")));
        assertFalse(Directions.isAllocation(key("avgt", RowKey.PRIMARY)));
    }

    @Test
    void ratesThatFollowThroughputHaveNoBetterSide() {
        for (String m : new String[] {"gc.alloc.rate", "gc.churn.G1_Eden_Space", "gc.count", "gc.time"}) {
            assertEquals(Direction.NONE, Directions.of(key("thrpt", m), "MB/sec").direction(), m);
            assertTrue(Directions.followsThroughput(m), m);
        }
        assertEquals(Direction.LOWER_IS_BETTER, Directions.of(key("thrpt", "gc.churn.G1_Eden_Space.norm"), "B/op").direction());
        assertFalse(Directions.followsThroughput("gc.alloc.rate.norm"));
    }
}
