package io.mcpbench.bench.metrics;

import io.mcpbench.core.metrics.Attributes;
import io.mcpbench.core.metrics.Counter;
import io.mcpbench.core.metrics.McpMetricNames;
import io.mcpbench.core.metrics.MetricsCollector;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.metrics.LongCounter;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts one request into one library's counter (one series: {@code tools/call} of one tool),
 * resolved once and set up as the library documents for a hot path.
 */
abstract class CounterPeer {

    private static final Map<String, Supplier<CounterPeer>> PEERS = Map.of(
            Peer.MCPBENCH, Ours::new,
            Peer.MICROMETER, Micrometer::new,
            Peer.PROMETHEUS, Prometheus::new,
            Peer.OTEL, OpenTelemetry::new,
            Peer.LONGADDER, Adder::new);

    static final String NAME = "mcp.server.requests";

    abstract void increment();

    /** The total counted, so a benchmark can check that counting really happened. */
    abstract double total();

    /** A counter for an {@code impl} parameter value of {@link Peer}. */
    static CounterPeer create(String impl) {
        return Peer.create(impl, PEERS);
    }

    /** Ours: the pre-resolved counter handle. */
    static final class Ours extends CounterPeer {
        final Counter counter = new MetricsCollector().counter(NAME,
                Attributes.of(McpMetricNames.METHOD_NAME, Peer.METHOD, McpMetricNames.TOOL_NAME, Peer.TOOL));

        @Override
        void increment() {
            counter.increment();
        }

        @Override
        double total() {
            return counter.value();
        }
    }

    /** Micrometer: a Counter on a SimpleMeterRegistry. */
    static final class Micrometer extends CounterPeer {
        final io.micrometer.core.instrument.Counter counter = io.micrometer.core.instrument.Counter.builder(NAME)
                .tags("mcp.method.name", Peer.METHOD, "gen_ai.tool.name", Peer.TOOL)
                .register(new SimpleMeterRegistry());

        @Override
        void increment() {
            counter.increment();
        }

        @Override
        double total() {
            return counter.count();
        }
    }

    /** Prometheus client_java 1.x: the data point resolved once, exemplars off. */
    static final class Prometheus extends CounterPeer {
        final io.prometheus.metrics.core.metrics.Counter counter;
        final CounterDataPoint point;

        Prometheus() {
            io.prometheus.metrics.core.metrics.Counter.Builder builder = io.prometheus.metrics.core.metrics.Counter.builder()
                    .name("mcp_server_requests")
                    .labelNames(Peer.METHOD_LABEL, Peer.TOOL_LABEL);
            builder.withoutExemplars();
            counter = builder.register(new PrometheusRegistry());
            point = counter.labelValues(Peer.METHOD, Peer.TOOL);
        }

        @Override
        void increment() {
            point.inc();
        }

        @Override
        double total() {
            return counter.collect().getDataPoints().get(0).getValue();
        }
    }

    /** The OpenTelemetry SDK: a LongCounter with attributes built once, exemplars off. */
    static final class OpenTelemetry extends CounterPeer {
        final IdleMetricReader reader = new IdleMetricReader();
        final LongCounter counter = reader.meter().counterBuilder(NAME).build();

        @Override
        void increment() {
            counter.add(1, Peer.OTEL_ATTRIBUTES);
        }

        @Override
        double total() {
            return reader.longSum();
        }
    }

    /** LongAdder: the floor for a concurrent count. */
    static final class Adder extends CounterPeer {
        final LongAdder count = new LongAdder();

        @Override
        void increment() {
            count.increment();
        }

        @Override
        double total() {
            return count.sum();
        }
    }
}
