package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.policy.Gate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateSumsTest {

    private static RowKey key(String metric) {
        return RowKey.of("a.B.m", "thrpt", Map.of(), 1, metric);
    }

    @Test
    void summedRowsCarryTheSumOfEveryValueOthersNothing() {
        Row once = new Row(key("slope"), "#", new double[][] {{0, 0, 0, 145.5}}, null, null, 0, true);
        Row weighted = new Row(key("p95Ms"), "#", new double[][] {{0.4, 0.4}, {0.4, 0.4}, {0.4, 0.4}}, null, null, 0, true);
        Row mean = new Row(key("gc.alloc.rate.norm"), "B/op", new double[][] {{100, 102}}, null, null, 0, false);
        Row broken = new Row(key("gc.time"), "ms", new double[][] {{3}}, null, null, 1, true);
        Map<RowKey, Gate.Measured> sums = CandidateSums.of(new ResultFile("t", RunInfo.unknown(), List.of(once, weighted, mean, broken)));
        assertEquals(3, sums.size());
        assertEquals(145.5, sums.get(once.key()).value(), 1e-12);
        assertEquals(2.4, sums.get(weighted.key()).value(), 1e-12);
        assertEquals("#", sums.get(weighted.key()).unit());
        assertTrue(Double.isNaN(sums.get(broken.key()).value()), "a value left out cannot be summed");
    }
}
