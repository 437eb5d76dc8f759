package io.mcpbench.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FleetStatsTest {

    private static final byte[] OK = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[],\"isError\":false}}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TOOL_ERROR = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[],\"isError\":true}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aWindowHasItsCallsPercentilesAndErrors() throws InterruptedException {
        FleetStats stats = new FleetStats();
        for (int i = 1; i <= 100; i++) {
            stats.completed(i * 1_000_000L, i <= 3 ? TOOL_ERROR : OK);
        }
        stats.completed(5_000_000L, null);
        stats.awaitCompletion();
        FleetStats.Window w = stats.take();
        assertEquals(101, w.calls());
        assertEquals(4, w.failed());
        assertEquals(100.0 * 4 / 101, w.errorPercent(), 1e-9);
        assertEquals(50.0, w.percentileMs(50), 0.1);
        assertEquals(99.0, w.percentileMs(99), 0.1);
        FleetStats.Window next = stats.take();
        assertEquals(0, next.calls(), "a take starts a new window");
        assertTrue(Double.isNaN(next.percentileMs(99)));
        assertTrue(Double.isNaN(next.errorPercent()));
    }
}
