package io.mcpbench.bench.metrics;

import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.ExemplarFilter;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;

/**
 * A cumulative OpenTelemetry reader that collects only when asked, so the SDK keeps its normal
 * cumulative state while a benchmark records and no exporter thread competes for the CPU (what
 * the SDK's testing {@code InMemoryMetricReader} does, without the extra dependency).
 */
final class IdleMetricReader implements MetricReader {

    private volatile CollectionRegistration registration = CollectionRegistration.noop();

    /** A meter of a new SDK provider read by this reader alone, with exemplars off (they are on by default). */
    Meter meter() {
        return SdkMeterProvider.builder()
                .registerMetricReader(this)
                .setExemplarFilter(ExemplarFilter.alwaysOff())
                .build()
                .get("io.mcpbench");
    }

    @Override
    public void register(CollectionRegistration registration) {
        this.registration = registration;
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
        return AggregationTemporality.CUMULATIVE;
    }

    @Override
    public CompletableResultCode forceFlush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** Collects now and returns the summed count of every histogram point. */
    long histogramCount() {
        long count = 0;
        for (MetricData m : registration.collectAllMetrics()) {
            if (m.getType() == MetricDataType.HISTOGRAM) {
                for (HistogramPointData p : m.getHistogramData().getPoints()) {
                    count += p.getCount();
                }
            }
        }
        return count;
    }

    /** Collects now and returns the summed value of every long sum point. */
    long longSum() {
        long sum = 0;
        for (MetricData m : registration.collectAllMetrics()) {
            if (m.getType() == MetricDataType.LONG_SUM) {
                for (var p : m.getLongSumData().getPoints()) {
                    sum += p.getValue();
                }
            }
        }
        return sum;
    }
}
