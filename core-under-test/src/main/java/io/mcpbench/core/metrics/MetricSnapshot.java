package io.mcpbench.core.metrics;

import java.util.Objects;

/**
 * The state of one series (a name plus one attribute set) at one moment: a counter's total, a
 * gauge's last value, or a histogram's {@link HistogramSnapshot}. Asking a counter for its
 * histogram (or the reverse) is a programming error and says so.
 */
public final class MetricSnapshot {

    private final String name;
    private final MetricType type;
    private final Attributes attributes;
    private final double value;
    private final HistogramSnapshot histogram;

    private MetricSnapshot(String name, MetricType type, Attributes attributes, double value,
                           HistogramSnapshot histogram) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
        this.value = value;
        this.histogram = histogram;
    }

    static MetricSnapshot ofCounter(String name, Attributes attributes, double total) {
        return new MetricSnapshot(name, MetricType.COUNTER, attributes, total, null);
    }

    static MetricSnapshot ofGauge(String name, Attributes attributes, double last) {
        return new MetricSnapshot(name, MetricType.GAUGE, attributes, last, null);
    }

    static MetricSnapshot ofHistogram(String name, Attributes attributes, HistogramSnapshot histogram) {
        return new MetricSnapshot(name, MetricType.HISTOGRAM, attributes, Double.NaN,
                Objects.requireNonNull(histogram, "histogram"));
    }

    /** The metric family name as registered (dots and all). */
    public String name() {
        return name;
    }

    /** Counter, gauge or histogram. */
    public MetricType type() {
        return type;
    }

    /** The series' attribute set. */
    public Attributes attributes() {
        return attributes;
    }

    /**
     * A counter's total or a gauge's last value.
     *
     * @throws IllegalStateException for a histogram
     */
    public double value() {
        if (type == MetricType.HISTOGRAM) {
            throw new IllegalStateException("metric '" + name + "' is a histogram; use histogram()");
        }
        return value;
    }

    /**
     * A histogram's snapshot.
     *
     * @throws IllegalStateException for a counter or gauge
     */
    public HistogramSnapshot histogram() {
        if (histogram == null) {
            throw new IllegalStateException("metric '" + name + "' is a " + type + ", not a histogram; use value()");
        }
        return histogram;
    }

    @Override
    public String toString() {
        return type + " " + name + attributes + "=" + (histogram != null ? histogram : Double.toString(value));
    }
}
