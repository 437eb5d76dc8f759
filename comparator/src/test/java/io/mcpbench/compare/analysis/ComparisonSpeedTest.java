package io.mcpbench.compare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The full-size workload (1,000 rows x 10 forks x 20 iterations, bootstrap on): checks that
 * every row is decided and that the bootstrap ran on each; prints the elapsed time for the
 * record, asserting nothing about it.
 */
class ComparisonSpeedTest {

    @Test
    void thousandRowsTenForksTwentyIterationsWithBootstrap() {
        Simulated sim = new Simulated(7);
        ResultFile base = sim.file("b", "avgt", "ns/op", 1000, 10, 20, 1.0, 0.02, 0.03);
        ResultFile cand = sim.file("c", "avgt", "ns/op", 1000, 10, 20, 1.0, 0.02, 0.03);
        ComparisonEngine engine = new ComparisonEngine();
        ComparisonSettings settings = ComparisonSettings.defaults();
        ComparisonResult result = null;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            result = engine.compare(base, cand, settings);
            best = Math.min(best, System.nanoTime() - t0);
        }
        assertEquals(1000, result.rows().size());
        int decided = 0;
        for (Verdict v : Verdict.values()) {
            decided += result.count(v);
        }
        assertEquals(1000, decided);
        for (RowComparison rc : result.rows()) {
            RowEvidence e = result.evidence(rc.key());
            assertTrue(e.bootstrapLow() <= e.bootstrapHigh(), rc.key().displayName());
            assertEquals(10, e.baseForkMeans().length);
        }
        System.out.printf("compare 1000 rows x 10 forks x 20 iterations, 2000 resamples: best of 3 = %d ms on %d cores%n",
                best / 1_000_000, Runtime.getRuntime().availableProcessors());
    }
}
