package io.mcpbench.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCollectorTest {

    private final MetricsCollector collector = new MetricsCollector();

    @Test
    void aNameKeepsItsFirstType() {
        collector.recordMetric("requests", 1, MetricType.COUNTER);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> collector.recordMetric("requests", 5, MetricType.GAUGE));
        assertTrue(e.getMessage().contains("'requests'") && e.getMessage().contains("COUNTER")
                && e.getMessage().contains("GAUGE"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> collector.histogram("requests", Attributes.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> collector.recordMetric("requests", 1, MetricType.HISTOGRAM, Attributes.of("a", "b")));
        assertEquals(MetricType.COUNTER, collector.typeOf("requests"));
        assertEquals(1.0, collector.getMetricsByName("requests").get(0).value());
    }

    @Test
    void getMetricsByNameReturnsEveryAttributeSet() {
        collector.recordMetric("calls", 1, MetricType.COUNTER, Attributes.of("tool", "b"));
        collector.recordMetric("calls", 2, MetricType.COUNTER, Attributes.of("tool", "a"));
        collector.recordMetric("calls", 4, MetricType.COUNTER, Attributes.of("tool", "c", "error.type", "timeout"));
        collector.recordMetric("calls", 3, MetricType.COUNTER, Attributes.of("tool", "a"));
        collector.recordMetric("other", 1, MetricType.COUNTER);

        List<MetricSnapshot> calls = collector.getMetricsByName("calls");
        assertEquals(3, calls.size());
        assertEquals(Attributes.of("error.type", "timeout", "tool", "c"), calls.get(0).attributes());
        assertEquals(4.0, calls.get(0).value());
        assertEquals(Attributes.of("tool", "a"), calls.get(1).attributes());
        assertEquals(5.0, calls.get(1).value());
        assertEquals(Attributes.of("tool", "b"), calls.get(2).attributes());
        assertEquals(1.0, calls.get(2).value());
        for (MetricSnapshot m : calls) {
            assertEquals("calls", m.name());
            assertEquals(MetricType.COUNTER, m.type());
        }
        assertEquals(List.of(), collector.getMetricsByName("unknown"));
    }

    @Test
    void gaugeReportsTheLastValue() {
        Gauge g = collector.gauge("sessions.active", Attributes.empty());
        g.set(5);
        g.set(3);
        collector.recordMetric("sessions.active", 7.5, MetricType.GAUGE);
        assertEquals(7.5, collector.getMetricsByName("sessions.active").get(0).value());
        assertEquals(7.5, g.value());
    }

    @Test
    void countersAddWholeAndFractionalAmountsAndRefuseDecrements() {
        Counter c = collector.counter("bytes", Attributes.empty());
        c.increment();
        c.add(10L);
        c.add(0.25);
        collector.recordMetric("bytes", 2, MetricType.COUNTER);
        assertEquals(13.25, c.value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.add(-1L));
        assertTrue(e.getMessage().contains("'bytes'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> c.add(-0.5));
        assertThrows(IllegalArgumentException.class, () -> collector.recordMetric("bytes", Double.NaN, MetricType.COUNTER));
        assertThrows(IllegalArgumentException.class,
                () -> collector.recordMetric("bytes", Double.POSITIVE_INFINITY, MetricType.COUNTER));
        assertEquals(13.25, c.value());
    }

    @Test
    void handlesAreCreatedOncePerNameAndAttributes() {
        Histogram a = collector.histogram("latency", Attributes.of("m", "x"));
        assertSame(a, collector.histogram("latency", Attributes.of("m", "x")));
        assertNotSame(a, collector.histogram("latency", Attributes.of("m", "y")));
        assertSame(collector.counter("n", Attributes.empty()), collector.counter("n", Attributes.empty()));
        assertSame(collector.gauge("g", Attributes.of("a", "1")), collector.gauge("g", Attributes.of("a", "1")));
        assertEquals(HistogramSpec.defaults(), a.spec());
    }

    @Test
    void histogramFamilyKeepsItsSpec() {
        collector.histogram("d", Attributes.empty(), HistogramSpec.nanosecondsAsSeconds());
        assertEquals(HistogramSpec.nanosecondsAsSeconds(), collector.histogram("d", Attributes.of("x", "1")).spec());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> collector.histogram("d", Attributes.empty(), HistogramSpec.defaults()));
        assertTrue(e.getMessage().contains("'d'"), e.getMessage());
    }

    @Test
    void recordMetricIntoAHistogramUsesTheUnit() {
        collector.recordMetric("payload.kb", 12.5, MetricType.HISTOGRAM);
        collector.recordMetric("payload.kb", 0.001, MetricType.HISTOGRAM);
        HistogramSnapshot s = collector.getMetricsByName("payload.kb").get(0).histogram();
        assertEquals(2, s.count());
        assertEquals(12.501, s.sum(), 1e-9);
        assertEquals(0.001, s.min(), 1e-12);
        assertEquals(12.5, s.max(), 1e-9);
        assertThrows(IllegalArgumentException.class,
                () -> collector.recordMetric("payload.kb", Double.NaN, MetricType.HISTOGRAM));
    }

    @Test
    void getAllListsEverySeriesByNameThenAttributes() {
        collector.recordMetric("b", 1, MetricType.GAUGE);
        collector.recordMetric("a", 1, MetricType.COUNTER, Attributes.of("k", "2"));
        collector.recordMetric("a", 1, MetricType.COUNTER, Attributes.of("k", "1"));
        collector.recordMetric("c", 1, MetricType.HISTOGRAM);
        List<MetricSnapshot> all = collector.getAll();
        assertEquals(4, all.size());
        assertEquals("a", all.get(0).name());
        assertEquals("1", all.get(0).attributes().get("k"));
        assertEquals("2", all.get(1).attributes().get("k"));
        assertEquals("b", all.get(2).name());
        assertEquals(MetricType.HISTOGRAM, all.get(3).type());
        assertThrows(IllegalStateException.class, () -> all.get(3).value());
        assertThrows(IllegalStateException.class, () -> all.get(0).histogram());
    }

    @Test
    void badNamesAreRefused() {
        assertThrows(NullPointerException.class, () -> collector.recordMetric(null, 1, MetricType.COUNTER));
        assertThrows(IllegalArgumentException.class, () -> collector.recordMetric(" ", 1, MetricType.COUNTER));
        assertThrows(NullPointerException.class, () -> collector.recordMetric("x", 1, null));
        assertThrows(NullPointerException.class, () -> collector.counter("x", null));
        assertNull(collector.typeOf("x"));
    }

    @Test
    void twoMetricsNeverExportUnderOneName() {
        collector.counter("http.requests", Attributes.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> collector.gauge("http_requests", Attributes.empty()));
        assertTrue(e.getMessage().contains("'http.requests'") && e.getMessage().contains("'http_requests'"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> collector.counter("http.requests_total", Attributes.empty()));
        collector.histogram("latency", Attributes.empty(), HistogramSpec.nanosecondsAsSeconds());
        assertThrows(IllegalArgumentException.class, () -> collector.gauge("latency.seconds", Attributes.empty()));
        assertNull(collector.typeOf("http_requests"));
    }

    @Test
    void attributeKeysMustStayDistinctLabels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> collector.counter("c", Attributes.of("a.b", "1", "a_b", "2")));
        assertTrue(e.getMessage().contains("'a_b'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> collector.histogram("h", Attributes.of("le", "1")));
        assertEquals(0, collector.getMetricsByName("c").size());
        collector.gauge("g", Attributes.of("le", "1")).set(1);
    }
}
