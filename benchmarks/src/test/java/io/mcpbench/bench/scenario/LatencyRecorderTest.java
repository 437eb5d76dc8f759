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
        assertEquals(0.0, s.shedPercent(), 1e-9);
        assertTrue(Double.isNaN(s.shedP99Micros()));
    }

    @Test
    void shedCallsAreFailuresCountedApart() {
        LatencyRecorder a = new LatencyRecorder();
        LatencyRecorder b = new LatencyRecorder();
        for (int i = 0; i < 50; i++) {
            a.record(1_000, false);
            a.record(2_000, true);
            b.record(500, true, true);
            b.record(i < 49 ? 500 : 90_000, false, true);
        }
        LatencyRecorder.Summary s = LatencyRecorder.summarize(new LatencyRecorder[] {a, b});
        assertEquals(200, s.calls());
        assertEquals(25.0, s.successPercent(), 1e-9);
        assertEquals(50.0, s.shedPercent(), 1e-9);
        assertEquals(0.5, s.shedP99Micros(), 0.001, "the 99th percentile of the shed calls alone");
        assertEquals(2.0, s.p99Micros(), 0.002, "the 99th percentile of every call");
    }

    @Test
    void resetForgetsTheIterationAndNoCallsGiveNaN() {
        LatencyRecorder r = new LatencyRecorder();
        r.record(-5, false);
        r.record(Long.MAX_VALUE, true);
        r.reset();
        LatencyRecorder.Summary s = LatencyRecorder.summarize(new LatencyRecorder[] {r});
        assertEquals(0, s.calls());
        assertTrue(Double.isNaN(s.p99Micros()) && Double.isNaN(s.successPercent()) && Double.isNaN(s.shedPercent()));
    }
}
