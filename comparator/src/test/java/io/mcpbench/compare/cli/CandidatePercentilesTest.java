package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.policy.Gate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidatePercentilesTest {

    // fork 1: 1.0 x90, 5.0 x10; fork 2: 2.0 x95, 9.0 x5  -> 200 samples
    private static final double[][][][] HIST = {
        {{{1.0, 90}, {5.0, 10}}},
        {{{2.0, 95}, {9.0, 5}}}};

    @Test
    void percentilesArePooledOverForksAsJmhComputesThem() {
        assertEquals(1.0, CandidatePercentiles.percentile(HIST, 0.0));
        // position q (n + 1): 90.45 lies between the 90th (1.0) and 91st (2.0) sample
        assertEquals(1.45, CandidatePercentiles.percentile(HIST, 0.45), 1e-12);
        assertEquals(2.0, CandidatePercentiles.percentile(HIST, 0.46));
        assertEquals(2.0 + 3.0 * 0.925, CandidatePercentiles.percentile(HIST, 0.925), 1e-12);
        assertEquals(5.0, CandidatePercentiles.percentile(HIST, 0.95));
        assertEquals(9.0, CandidatePercentiles.percentile(HIST, 0.99));
        assertEquals(9.0, CandidatePercentiles.percentile(HIST, 1.0));
        assertTrue(Double.isNaN(CandidatePercentiles.percentile(new double[][][][] {{}}, 0.5)));
    }

    @Test
    void onlySampleModePrimariesAnswer() {
        RowKey sample = RowKey.of("a.B.c", "sample", Map.of(), 1, RowKey.PRIMARY);
        RowKey avgt = RowKey.of("a.B.d", "avgt", Map.of(), 1, RowKey.PRIMARY);
        ResultFile f = new ResultFile("f", RunInfo.unknown(), List.of(
                new Row(sample, "ms/op", new double[][] {{1.4}, {2.35}}, HIST),
                new Row(avgt, "ms/op", new double[][] {{1.0}}, null)));
        CandidatePercentiles p = new CandidatePercentiles(f);
        Gate.Measured m = p.value(sample, "p0.95");
        assertEquals(5.0, m.value());
        assertEquals("ms/op", m.unit());
        assertNull(p.value(avgt, "p0.95"));
        assertNull(p.value(sample, "gc.alloc.rate.norm"));
    }
}
