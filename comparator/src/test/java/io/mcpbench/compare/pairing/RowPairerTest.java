package io.mcpbench.compare.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowPairerTest {

    @Test
    void rowsMeetInOneUnitWithTheirDirectionAndLoneRowsKeepTheirSide() {
        RowKey t = RowKey.of("a.B.t", "avgt", Map.of(), 1, RowKey.PRIMARY);
        RowKey only = RowKey.of("a.B.only", "thrpt", Map.of(), 1, RowKey.PRIMARY);
        ResultFile base = new ResultFile("b", RunInfo.unknown(), List.of(
                new Row(t, "us/op", new double[][] {{1.0, 1.0}}, null), new Row(only, "ops/s", new double[][] {{5}}, null)));
        ResultFile cand = new ResultFile("c", RunInfo.unknown(), List.of(new Row(t, "ns/op", new double[][] {{1100, 1100}}, null)));
        List<RowPair> pairs = RowPairer.pair(base, cand);
        assertEquals(2, pairs.size());
        RowPair lone = pairs.get(0);
        assertEquals(only, lone.key());
        assertNull(lone.cand());
        assertEquals(Direction.HIGHER_IS_BETTER, lone.direction().direction());
        RowPair both = pairs.get(1);
        assertEquals("ns/op", both.unit());
        assertEquals(1000.0, both.base().forks()[0][0], 1e-9);
        assertEquals(1100.0, both.cand().forks()[0][0], 1e-9);
    }
}
