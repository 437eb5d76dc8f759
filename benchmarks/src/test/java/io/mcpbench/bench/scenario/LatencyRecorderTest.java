package io.mcpbench.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pooled outcomes are percentiles of all calls of all threads, not averages of per-thread percentiles. */
class LatencyRecorderTest {

    @Test
    void percentilesArePooledOverThreads() {
        LatencyRecorder fast = new LatencyRecorder();
        LatencyRecorder slow = new LatencyRecorder();
        for (int i = 0; i < 980; i++) {
            fast.record(10_000, false);
        }
        for (int i = 0; i < 20; i++) {
            slow.record(5_000_000, true);
        }
        LatencyRecorder.Summary s = LatencyRecorder.summarize(new LatencyRecorder[] {fast, slow, null});
        assertEquals(1000, s.calls());
        assertEquals(10.0, s.p50Micros(), 0.01);
        assertEquals(5000.0, s.p99Micros(), 5.0);
        assertEquals(98.0, s.successPercent(), 1e-9);
    }

    @Test
    void resetForgetsTheIterationAndNoCallsGiveNaN() {
        LatencyRecorder r = new LatencyRecorder();
        r.record(-5, false);
        r.record(Long.MAX_VALUE, true);
        r.reset();
        LatencyRecorder.Summary s = LatencyRecorder.summarize(new LatencyRecorder[] {r});
        assertEquals(0, s.calls());
        assertTrue(Double.isNaN(s.p99Micros()) && Double.isNaN(s.successPercent()));
    }
}
