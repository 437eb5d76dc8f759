package io.mcpbench.compare.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitsTest {

    private static final RowKey KEY = RowKey.of("b.M.m", "thrpt", Map.of(), 1, RowKey.PRIMARY);

    @Test
    void throughputUnitsConvertAmongThemselvesIntoTheBaselineUnit() {
        assertEquals("ops/s", Units.commonUnit(KEY, "ops/s", "ops/ms"));
        assertEquals("ops/us", Units.commonUnit(KEY, "ops/us", "ops/ns"));
        assertEquals(1000.0, Units.factor("ops/ms", "ops/s"), 1e-9);
        assertEquals(1e-6, Units.factor("ops/s", "ops/us"), 1e-18);
        assertEquals(1e9, Units.factor("ops/ns", "ops/s"), 1e-3);
    }

    @Test
    void timeUnitsConvertToNanosPerOp() {
        assertEquals("ns/op", Units.commonUnit(KEY, "ms/op", "us/op"));
        assertEquals("ns/op", Units.commonUnit(KEY, "s/op", "s/op"));
        assertEquals(1e9, Units.factor("s/op", "ns/op"), 1e-6);
        assertEquals(1e3, Units.factor("us/op", "ns/op"), 1e-12);
    }

    @Test
    void otherUnitsMustMatch() {
        assertEquals("B/op", Units.commonUnit(KEY, "B/op", "B/op"));
        assertEquals("#", Units.commonUnit(KEY, "#", "#"));
        IncompatibleUnitsException e = assertThrows(IncompatibleUnitsException.class,
                () -> Units.commonUnit(KEY, "MB/sec", "B/op"));
        assertTrue(e.getMessage().contains("MB/sec") && e.getMessage().contains("b.M.m"), e.getMessage());
        assertThrows(IncompatibleUnitsException.class, () -> Units.commonUnit(KEY, "ops/s", "s/op"));
    }

    @Test
    void convertScalesIterationsAndHistogramValuesButNotCounts() {
        double[][][][] hist = {{{{2.0, 5}, {3.0, 1}}}};
        Row row = new Row(KEY, "us/op", new double[][] {{2.5, 3.5}}, hist);
        Row ns = Units.convert(row, "ns/op");
        assertEquals("ns/op", ns.unit());
        assertEquals(2500.0, ns.forks()[0][0], 1e-9);
        assertEquals(3500.0, ns.forks()[0][1], 1e-9);
        assertEquals(2000.0, ns.histograms()[0][0][0][0], 1e-9);
        assertEquals(5.0, ns.histograms()[0][0][0][1]);
        assertEquals(2.5, row.forks()[0][0], "input untouched");
        assertSame(row, Units.convert(row, "us/op"));
    }
}
