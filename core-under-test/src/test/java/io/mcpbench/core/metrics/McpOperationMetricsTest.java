package io.mcpbench.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class McpOperationMetricsTest {

    private final MetricsCollector collector = new MetricsCollector();
    private final McpOperationMetrics server = McpOperationMetrics.server(collector);

    @Test
    void namesFollowTheOpenTelemetryConventions() {
        assertEquals("mcp.server.operation.duration", McpMetricNames.SERVER_OPERATION_DURATION);
        assertEquals("mcp.client.operation.duration", McpMetricNames.CLIENT_OPERATION_DURATION);
        assertEquals("mcp.method.name", McpMetricNames.METHOD_NAME);
        assertEquals("gen_ai.tool.name", McpMetricNames.TOOL_NAME);
        assertEquals("error.type", McpMetricNames.ERROR_TYPE);
        assertArrayEquals(new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60, 120, 300},
                McpMetricNames.durationBucketBoundaries());
        assertEquals(McpMetricNames.CLIENT_OPERATION_DURATION, McpOperationMetrics.client(collector).metricName());
    }

    @Test
    void eachCombinationIsItsOwnSeriesWithTheRightAttributes() {
        server.record("tools/call", "github__search", null, 2_000_000);
        server.record("tools/call", "github__search", null, 4_000_000);
        server.record("tools/call", "github__search", "timeout", 30_000_000);
        server.record("tools/list", null, null, 500_000);

        List<MetricSnapshot> series = collector.getMetricsByName(McpMetricNames.SERVER_OPERATION_DURATION);
        assertEquals(3, series.size());
        MetricSnapshot ok = find(series, "tools/call", "github__search", null);
        assertEquals(2, ok.histogram().count());
        assertEquals(0.006, ok.histogram().sum(), 1e-12);
        assertEquals(0.002, ok.histogram().min(), 1e-12);
        assertEquals(2, ok.attributes().size());

        MetricSnapshot failed = find(series, "tools/call", "github__search", "timeout");
        assertEquals(1, failed.histogram().count());
        assertEquals(0.03, failed.histogram().p50(), 0.03 * LogLinearBuckets.MAX_RELATIVE_ERROR);
        assertEquals(3, failed.attributes().size());

        MetricSnapshot list = find(series, "tools/list", null, null);
        assertNull(list.attributes().get(McpMetricNames.TOOL_NAME));
        assertNull(list.attributes().get(McpMetricNames.ERROR_TYPE));
        assertEquals(1, list.histogram().count());
        assertEquals("seconds", list.histogram().spec().unit());
    }

    @Test
    void handlesAreResolvedOnceAndShared() {
        OperationHandle a = server.handle("tools/call", "t", null);
        assertSame(a, server.handle("tools/call", "t", null));
        assertSame(server.handle("tools/call", "t", "-32602"), server.handle("tools/call", "t", "-32602"));
        assertNotSame(a, server.handle("tools/call", "t", "-32602"));
        assertNotSame(a, server.handle("tools/call", "u", null));
        assertNotSame(a, server.handle("tools/call", null, null));
        assertSame(a.histogram(), collector.histogram(McpMetricNames.SERVER_OPERATION_DURATION,
                Attributes.of(McpMetricNames.METHOD_NAME, "tools/call", McpMetricNames.TOOL_NAME, "t")));
        a.record(1_000);
        server.record("tools/call", "t", null, 3_000);
        assertEquals(2, a.histogram().snapshot().count());
    }

    @Test
    void concurrentFirstUseYieldsOneHandle() throws InterruptedException {
        OperationHandle[] seen = new OperationHandle[4];
        Thread[] threads = new Thread[seen.length];
        for (int t = 0; t < threads.length; t++) {
            int slot = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    server.record("tools/call", "race", null, 100);
                }
                seen[slot] = server.handle("tools/call", "race", null);
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (OperationHandle h : seen) {
            assertSame(seen[0], h);
        }
        assertEquals(40_000, seen[0].histogram().snapshot().count());
    }

    @Test
    void aMethodIsRequired() {
        assertThrows(NullPointerException.class, () -> server.record(null, "t", null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> server.handle("", null, null));
        assertTrue(e.getMessage().contains("method"), e.getMessage());
    }

    private static MetricSnapshot find(List<MetricSnapshot> series, String method, String tool, String error) {
        for (MetricSnapshot m : series) {
            Attributes a = m.attributes();
            if (method.equals(a.get(McpMetricNames.METHOD_NAME))
                    && Objects.equals(tool, a.get(McpMetricNames.TOOL_NAME))
                    && Objects.equals(error, a.get(McpMetricNames.ERROR_TYPE))) {
                return m;
            }
        }
        throw new AssertionError("no series for " + method + "/" + tool + "/" + error + " in " + series);
    }
}
