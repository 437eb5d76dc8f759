package io.mcpbench.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenMetricsExpositionTest {

    private final MetricsCollector collector = new MetricsCollector();
    private final OpenMetricsExposition writer = new OpenMetricsExposition();

    @Test
    void everyKindOfMetricIsWrittenInValidOpenMetrics() {
        long[] durationsNanos = {5_000_000, 5_000_000, 5_000_000, 15_000_000, 15_000_000,
            150_000_000, 2_500_000_000L, 400_000_000_000L};
        McpOperationMetrics server = McpOperationMetrics.server(collector);
        for (long d : durationsNanos) {
            server.record("tools/call", "github__search", null, d);
        }
        server.record("tools/call", "github__search", "timeout", 30_000_000_000L);
        collector.describe(McpMetricNames.SERVER_OPERATION_DURATION, "Duration of MCP requests \"server side\"");
        collector.counter("gateway.requests", Attributes.of("outcome", "ok")).add(41);
        collector.counter("gateway.requests", Attributes.of("outcome", "ok")).increment();
        collector.gauge("sessions.active", Attributes.empty()).set(3);
        collector.recordMetric("payload.size", 1.5, MetricType.HISTOGRAM);

        String text = writer.write(collector);
        Map<String, OpenMetricsChecker.Family> families = OpenMetricsChecker.check(text);

        assertEquals(List.of("gateway_requests", "mcp_server_operation_duration_seconds", "payload_size",
                "sessions_active"), List.copyOf(families.keySet()));

        OpenMetricsChecker.Family requests = families.get("gateway_requests");
        assertEquals("counter", requests.type);
        assertEquals("gateway_requests_total", requests.samples.get(0).name);
        assertEquals(Map.of("outcome", "ok"), requests.samples.get(0).labels);
        assertEquals(42.0, requests.samples.get(0).value);

        OpenMetricsChecker.Family sessions = families.get("sessions_active");
        assertEquals("gauge", sessions.type);
        assertEquals(3.0, sessions.samples.get(0).value);

        OpenMetricsChecker.Family durations = families.get("mcp_server_operation_duration_seconds");
        assertEquals("histogram", durations.type);
        assertEquals("seconds", durations.unit);
        assertEquals("Duration of MCP requests \"server side\"", durations.help);
        double[] bounds = McpMetricNames.durationBucketBoundaries();
        int okBuckets = 0;
        for (OpenMetricsChecker.Sample s : durations.samples) {
            if (!"timeout".equals(s.labels.get("error_type")) && s.name.endsWith("_bucket")) {
                assertEquals("tools/call", s.labels.get("mcp_method_name"));
                assertEquals("github__search", s.labels.get("gen_ai_tool_name"));
                double le = OpenMetricsChecker.parse(s.labels.get("le"));
                long expected = 0;
                for (long d : durationsNanos) {
                    if (d * 1e-9 <= le) {
                        expected++;
                    }
                }
                assertEquals(expected, (long) s.value, "le=" + s.labels.get("le"));
                okBuckets++;
            }
            if (s.name.endsWith("_sum") && s.labels.get("error_type") == null) {
                long sumNanos = 0;
                for (long d : durationsNanos) {
                    sumNanos += d;
                }
                assertEquals(sumNanos * 1e-9, s.value, 1e-9);
            }
        }
        assertEquals(bounds.length + 1, okBuckets);
        assertTrue(text.contains("mcp_server_operation_duration_seconds_count{error_type=\"timeout\","
                + "gen_ai_tool_name=\"github__search\",mcp_method_name=\"tools/call\"} 1\n"), text);
        assertTrue(text.contains("le=\"0.01\"} 3\n"), text);
        assertTrue(text.endsWith("# EOF\n"));
    }

    @Test
    void labelValuesAreEscaped() {
        String nasty = "a\"b\\c\nd";
        collector.counter("hits", Attributes.of("path", nasty)).increment();
        String text = writer.write(collector);
        assertTrue(text.contains("hits_total{path=\"a\\\"b\\\\c\\nd\"} 1.0\n"), text);
        OpenMetricsChecker.Sample sample = OpenMetricsChecker.check(text).get("hits").samples.get(0);
        assertEquals(nasty, sample.labels.get("path"));
    }

    @Test
    void namesAreSanitizedAndTotalNotDoubled() {
        collector.counter("http.requests_total", Attributes.of("http.method", "GET")).increment();
        collector.gauge("9queue-depth", Attributes.empty()).set(Double.NaN);
        collector.gauge("temperature", Attributes.empty()).set(Double.NEGATIVE_INFINITY);
        String text = writer.write(collector);
        Map<String, OpenMetricsChecker.Family> families = OpenMetricsChecker.check(text);
        assertTrue(families.containsKey("http_requests"), text);
        assertEquals("http_requests_total", families.get("http_requests").samples.get(0).name);
        assertEquals("GET", families.get("http_requests").samples.get(0).labels.get("http_method"));
        assertTrue(Double.isNaN(families.get("_9queue_depth").samples.get(0).value), text);
        assertEquals("-Inf", families.get("temperature").samples.get(0).rawValue);
    }

    @Test
    void emptyHistogramSeriesStillHasAllParts() {
        collector.histogram("idle", Attributes.empty(), HistogramSpec.nanosecondsAsSeconds());
        String text = writer.write(collector);
        OpenMetricsChecker.Family idle = OpenMetricsChecker.check(text).get("idle_seconds");
        assertEquals(McpMetricNames.durationBucketBoundaries().length + 3, idle.samples.size());
        for (OpenMetricsChecker.Sample s : idle.samples) {
            assertEquals(0.0, s.value, s.name);
        }
    }

    @Test
    void anEmptyCollectorWritesOnlyEof() {
        assertEquals("# EOF\n", writer.write(collector));
    }

    @Test
    void theCheckerRejectsMalformedExpositions() {
        assertThrows(AssertionError.class, () -> OpenMetricsChecker.check("# TYPE a gauge\na 1\n"));
        assertThrows(AssertionError.class, () -> OpenMetricsChecker.check("# TYPE a gauge\na{x=\"\"\"} 1\n# EOF\n"));
        assertThrows(AssertionError.class, () -> OpenMetricsChecker.check("# TYPE a counter\na 1\n# EOF\n"));
        assertThrows(AssertionError.class, () -> OpenMetricsChecker.check(
                "# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"2\"} 4\nh_bucket{le=\"+Inf\"} 5\n"
                        + "h_count 5\nh_sum 3\n# EOF\n"));
        assertThrows(AssertionError.class, () -> OpenMetricsChecker.check(
                "# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"+Inf\"} 6\nh_count 5\nh_sum 3\n# EOF\n"));
        assertThrows(AssertionError.class, () -> OpenMetricsChecker.check(
                "# TYPE h_seconds histogram\n# UNIT h_seconds bytes\nh_seconds_count 0\n# EOF\n"));
        OpenMetricsChecker.check("# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"+Inf\"} 5\n"
                + "h_count 5\nh_sum 3\n# EOF\n");
    }
}
