package io.mcpbench.bench.metrics;

import io.mcpbench.core.metrics.McpOperationMetrics;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.core.metrics.OperationHandle;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.HdrHistogram.Recorder;

/**
 * Records one operation's duration in nanoseconds into one library's latency histogram, set up
 * the way that library documents for a hot path: the series resolved once, exemplars off where
 * they are on by default, nothing exported while the benchmark runs.
 */
abstract class HistogramPeer {

    private static final Map<String, Supplier<HistogramPeer>> PEERS = Map.of(
            Peer.MCPBENCH, Ours::new,
            Peer.MICROMETER, Micrometer::new,
            Peer.PROMETHEUS, Prometheus::new,
            Peer.OTEL, OpenTelemetry::new,
            Peer.HDRHISTOGRAM, Hdr::new,
            Peer.LONGADDER, Adder::new,
            Peer.LONGADDER_BUCKETS, AdderBuckets::new);

    abstract void record(long nanos);

    /** A summary of what was recorded, so a benchmark can check that recording really happened. */
    abstract long count();

    /** A recorder for an {@code impl} parameter value of {@link Peer}. */
    static HistogramPeer create(String impl) {
        return Peer.create(impl, PEERS);
    }

    /** Ours: the pre-resolved handle of one (method, tool, outcome). */
    static final class Ours extends HistogramPeer {
        final OperationHandle handle =
                McpOperationMetrics.server(new MetricsCollector()).handle(Peer.METHOD, Peer.TOOL, null);

        @Override
        void record(long nanos) {
            handle.record(nanos);
        }

        @Override
        long count() {
            return handle.histogram().snapshot().count();
        }
    }

    /** Micrometer: a Timer publishing a percentile histogram, recorded in nanoseconds. */
    static final class Micrometer extends HistogramPeer {
        final Timer timer = Timer.builder(Peer.METRIC)
                .tags("mcp.method.name", Peer.METHOD, "gen_ai.tool.name", Peer.TOOL)
                .publishPercentileHistogram()
                .register(new SimpleMeterRegistry());

        @Override
        void record(long nanos) {
            timer.record(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        long count() {
            return timer.count();
        }
    }

    /** Prometheus client_java 1.x: a classic-only histogram, its data point resolved once, in seconds. */
    static final class Prometheus extends HistogramPeer {
        final Histogram histogram;
        final DistributionDataPoint point;

        Prometheus() {
            Histogram.Builder builder = Histogram.builder()
                    .name(Peer.METRIC_UNDERSCORED)
                    .labelNames(Peer.METHOD_LABEL, Peer.TOOL_LABEL)
                    .classicUpperBounds(io.mcpbench.core.metrics.McpMetricNames.durationBucketBoundaries())
                    .classicOnly();
            builder.withoutExemplars();
            histogram = builder.register(new PrometheusRegistry());
            point = histogram.labelValues(Peer.METHOD, Peer.TOOL);
        }

        @Override
        void record(long nanos) {
            point.observe(nanos / 1e9);
        }

        @Override
        long count() {
            return histogram.collect().getDataPoints().get(0).getCount();
        }
    }

    /**
     * The OpenTelemetry SDK: a DoubleHistogram in seconds with the advised boundaries, attributes
     * built once, exemplars off, behind a cumulative reader that is never collected while measuring.
     */
    static final class OpenTelemetry extends HistogramPeer {
        final IdleMetricReader reader = new IdleMetricReader();
        final DoubleHistogram histogram = reader.meter()
                .histogramBuilder(Peer.METRIC)
                .setUnit("s")
                .setExplicitBucketBoundariesAdvice(Peer.boundaryList())
                .build();

        @Override
        void record(long nanos) {
            histogram.record(nanos / 1e9, Peer.OTEL_ATTRIBUTES);
        }

        @Override
        long count() {
            return reader.histogramCount();
        }
    }

    /** HdrHistogram: a Recorder tracking up to an hour at 2 significant digits (our resolution). */
    static final class Hdr extends HistogramPeer {
        final Recorder recorder = new Recorder(Peer.HOUR_NANOS, 2);

        @Override
        void record(long nanos) {
            recorder.recordValue(nanos);
        }

        @Override
        long count() {
            return recorder.getIntervalHistogram().getTotalCount();
        }
    }

    /** LongAdder: a concurrent sum of the durations, the least any histogram must also do. */
    static final class Adder extends HistogramPeer {
        final LongAdder sum = new LongAdder();

        @Override
        void record(long nanos) {
            sum.add(nanos);
        }

        @Override
        long count() {
            return sum.sum() > 0 ? 1 : 0;
        }
    }

    /**
     * LongAdder buckets: the advised boundaries in nanoseconds, found by binary search, each
     * bucket and the sum a LongAdder. Nothing makes a read consistent, which ours pays for.
     */
    static final class AdderBuckets extends HistogramPeer {
        final long[] upperBounds;
        final LongAdder[] buckets;
        final LongAdder sum = new LongAdder();

        AdderBuckets() {
            double[] seconds = io.mcpbench.core.metrics.McpMetricNames.durationBucketBoundaries();
            upperBounds = new long[seconds.length];
            for (int i = 0; i < seconds.length; i++) {
                upperBounds[i] = Math.round(seconds[i] * 1e9);
            }
            buckets = new LongAdder[seconds.length + 1];
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        @Override
        void record(long nanos) {
            int i = Arrays.binarySearch(upperBounds, nanos);
            buckets[i < 0 ? -i - 1 : i].increment();
            sum.add(nanos);
        }

        @Override
        long count() {
            long n = 0;
            for (LongAdder bucket : buckets) {
                n += bucket.sum();
            }
            return n;
        }
    }
}
