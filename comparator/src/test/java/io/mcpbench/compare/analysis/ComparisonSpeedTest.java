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
        ComparisonSettings settings = ComparisonSettings.defaults().withBootstrap(Integer.getInteger("speed.resamples", 2000), 42L);
        ComparisonResult result = null;
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int run = 0; run < 5; run++) {
            long c0 = cpuNanos(os);
            long t0 = System.nanoTime();
            result = engine.compare(base, cand, settings);
            best = Math.min(best, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, cpuNanos(os) - c0);
        }
        assertEquals(1000, result.rows().size());
        int decided = 0;
        for (Verdict v : Verdict.values()) {
            decided += result.count(v);
        }
        assertEquals(1000, decided);
        for (RowComparison rc : result.rows()) {
            RowEvidence e = result.evidence(rc.key());
            if (settings.bootstrapResamples() > 0) {
                assertTrue(e.bootstrapLow() <= e.bootstrapHigh(), rc.key().displayName());
            }
            assertEquals(10, e.baseForkMeans().length);
        }
        System.out.printf("compare 1000 rows x 10 forks x 20 iterations, %d resamples: best of 5 = %d ms wall,"
                        + " %d ms process CPU, on %d cores%n", settings.bootstrapResamples(), best / 1_000_000,
                bestCpu / 1_000_000, Runtime.getRuntime().availableProcessors());
    }

    private static long cpuNanos(java.lang.management.OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0L;
    }
}
