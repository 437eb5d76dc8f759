package io.mcpbench.compare.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesBuilderTest {

    private static final RowKey AVGT = Runs.key("x.B.avg", "avgt");
    private static final RowKey THRPT = Runs.key("x.B.thr", "thrpt");
    private static final RowKey AUX = RowKey.of("x.B.avg", "avgt", Map.of(), 1, "bytes");

    @Test
    void rowsBecomeSeriesWithGapsWhereARunLacksThem() {
        List<HistoryRun> runs = List.of(
                Runs.run(0, Runs.row(AVGT, "ns/op", 100), Runs.row(THRPT, "ops/s", 5000)),
                Runs.run(1, Runs.row(THRPT, "ops/s", 5100)),
                Runs.run(2, Runs.row(AVGT, "us/op", 0.105), Runs.row(THRPT, "ops/ms", 5.2)),
                Runs.run(3, Runs.row(AVGT, "ms/op", 0.000110)));
        SeriesSet set = SeriesBuilder.build(runs);
        assertTrue(set.problems().isEmpty(), set.problems().toString());
        assertEquals(2, set.series().size());
        Series avgt = set.series().get(0);
        assertEquals(AVGT, avgt.key());
        assertEquals("ns/op", avgt.unit());
        assertEquals(Direction.LOWER_IS_BETTER, avgt.direction().direction());
        assertEquals(List.of("run-00", "run-02", "run-03"), avgt.runIds());
        assertArrayEquals(new int[] {0, 2, 3}, avgt.runIndex());
        assertArrayEquals(new double[] {100, 105, 110}, avgt.values(), 1e-9);
        Series thrpt = set.series().get(1);
        assertEquals("ops/s", thrpt.unit(), "throughput stays in the first run's unit");
        assertEquals(Direction.HIGHER_IS_BETTER, thrpt.direction().direction());
        assertArrayEquals(new double[] {5000, 5100, 5200}, thrpt.values(), 1e-9);
        assertArrayEquals(new int[] {0, 1, 2}, thrpt.runIndex());
    }

    @Test
    void centreIsTheGeometricMeanOfForkMeans() {
        Row row = new Row(AVGT, "ns/op", new double[][] {{90, 110}, {200}, {}, {40, 60}}, null);
        SeriesSet set = SeriesBuilder.build(List.of(Runs.run(0, row)));
        double expected = Math.cbrt(100.0 * 200.0 * 50.0); // empty fork ignored
        assertEquals(expected, set.series().get(0).values()[0], 1e-9);
        Row withZero = new Row(AUX, "#", new double[][] {{0, 2}, {4}}, null);
        // a zero value has no log: the arithmetic mean of the fork means 1 and 4
        assertEquals(2.5, SeriesBuilder.build(List.of(Runs.run(0, withZero))).series().get(0).values()[0], 1e-12);
    }

    @Test
    void valueInAnUnrelatedUnitIsLeftOutWithALine() {
        List<HistoryRun> runs = List.of(
                Runs.run(0, Runs.row(AUX, "#", 10)),
                Runs.run(1, Runs.row(AUX, "B/op", 11)),
                Runs.run(2, Runs.row(AUX, "#", 12)));
        SeriesSet set = SeriesBuilder.build(runs);
        assertEquals(1, set.series().size());
        assertArrayEquals(new double[] {10, 12}, set.series().get(0).values(), 1e-12);
        assertEquals(List.of("run-00", "run-02"), set.series().get(0).runIds());
        assertEquals(List.of("run run-01: x.B.avg:bytes (avgt): unit 'B/op' does not convert to '#', left out"),
                set.problems());
        assertTrue(set.series().get(0).direction().assumed(), "an unknown metric's direction is marked as assumed");
    }

    @Test
    void seriesRefusesMismatchedArrays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Series(AVGT, "ns/op",
                io.mcpbench.compare.normalize.Directions.of(AVGT, "ns/op"), List.of("a"), new int[] {0, 1},
                new double[] {1, 2}));
        assertEquals("x.B.avg: 1 run ids, 2 run indexes and 2 values", e.getMessage());
    }
}
