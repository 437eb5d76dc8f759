package io.mcpbench.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of all metrics of a process: families by name, series by attribute set.
 *
 * <p>Two ways in. {@code recordMetric(...)} looks the series up on every call (two hash lookups,
 * no allocation once the series exists) and suits occasional events. Hot paths resolve a handle
 * once with {@link #counter}, {@link #gauge} or {@link #histogram} and record through it. Each
 * series is created once and shared: the same (name, attributes) always yields the same handle.
 *
 * <p>A name keeps the type it was first registered with; using it as another type throws
 * {@link IllegalArgumentException}, as does asking for a histogram with a different
 * {@link HistogramSpec} than the family already has.
 */
public final class MetricsCollector {

    private final ConcurrentHashMap<String, Family> families = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> help = new ConcurrentHashMap<>();
    /** Exported family name to registered name, so two metrics never export under one name. */
    private final ConcurrentHashMap<String, String> exportNames = new ConcurrentHashMap<>();
    private final HistogramSpec defaultHistogramSpec;

    /** A collector whose histograms default to {@link HistogramSpec#defaults()}. */
    public MetricsCollector() {
        this(HistogramSpec.defaults());
    }

    /** A collector whose histograms created without a spec use {@code defaultHistogramSpec}. */
    public MetricsCollector(HistogramSpec defaultHistogramSpec) {
        this.defaultHistogramSpec = Objects.requireNonNull(defaultHistogramSpec, "defaultHistogramSpec");
    }

    /** Records a value under no attributes; see {@link #recordMetric(String, double, MetricType, Attributes)}. */
    public void recordMetric(String name, double value, MetricType type) {
        recordMetric(name, value, type, Attributes.empty());
    }

    /**
     * Records one value: a counter adds it, a gauge sets it, a histogram records it in its unit.
     *
     * @throws IllegalArgumentException if the name is registered with another type, a counter
     *     increment is negative or not finite, or a histogram value is NaN
     */
    public void recordMetric(String name, double value, MetricType type, Attributes attributes) {
        Object series = series(name, Objects.requireNonNull(type, "type"), null, attributes);
        switch (type) {
            case COUNTER:
                ((Counter) series).add(value);
                break;
            case GAUGE:
                ((Gauge) series).set(value);
                break;
            default:
                ((Histogram) series).recordDouble(value);
                break;
        }
    }

    /** The counter for (name, attributes), created on first request. */
    public Counter counter(String name, Attributes attributes) {
        return (Counter) series(name, MetricType.COUNTER, null, attributes);
    }

    /** The gauge for (name, attributes), created on first request. */
    public Gauge gauge(String name, Attributes attributes) {
        return (Gauge) series(name, MetricType.GAUGE, null, attributes);
    }

    /** The histogram for (name, attributes), with the family's spec or the collector's default. */
    public Histogram histogram(String name, Attributes attributes) {
        return (Histogram) series(name, MetricType.HISTOGRAM, null, attributes);
    }

    /**
     * The histogram for (name, attributes) with the given spec.
     *
     * @throws IllegalArgumentException if the family exists with another spec
     */
    public Histogram histogram(String name, Attributes attributes, HistogramSpec spec) {
        return (Histogram) series(name, MetricType.HISTOGRAM, Objects.requireNonNull(spec, "spec"), attributes);
    }

    /** Sets the one-line description exported as {@code # HELP}. */
    public void describe(String name, String description) {
        help.put(checkName(name), Objects.requireNonNull(description, "description"));
    }

    /** The description set by {@link #describe}, or null. */
    public String description(String name) {
        return help.get(name);
    }

    /** The type a name is registered with, or null if unknown. */
    public MetricType typeOf(String name) {
        Family family = families.get(name);
        return family == null ? null : family.type;
    }

    /** One snapshot per attribute set of the named metric, ordered by attributes; empty if unknown. */
    public List<MetricSnapshot> getMetricsByName(String name) {
        Family family = families.get(Objects.requireNonNull(name, "name"));
        if (family == null) {
            return List.of();
        }
        List<MetricSnapshot> out = new ArrayList<>();
        family.snapshotInto(out);
        return out;
    }

    /** Every series of every metric, ordered by name and then attributes. */
    public List<MetricSnapshot> getAll() {
        String[] names = families.keySet().toArray(new String[0]);
        Arrays.sort(names);
        List<MetricSnapshot> out = new ArrayList<>();
        for (String name : names) {
            families.get(name).snapshotInto(out);
        }
        return out;
    }

    private Object series(String name, MetricType type, HistogramSpec spec, Attributes attributes) {
        Objects.requireNonNull(attributes, "attributes");
        return family(name, type, spec).series(attributes);
    }

    private Family family(String name, MetricType type, HistogramSpec spec) {
        Family family = families.get(Objects.requireNonNull(name, "metric name"));
        if (family == null) {
            checkName(name);
            HistogramSpec effective = type == MetricType.HISTOGRAM
                    ? (spec != null ? spec : defaultHistogramSpec) : null;
            String exported = OpenMetricsExposition.familyName(name, type, effective == null ? "" : effective.unit());
            String holder = exportNames.putIfAbsent(exported, name);
            if (holder != null && !holder.equals(name)) {
                throw new IllegalArgumentException("metric '" + name + "' would be exported as '" + exported
                        + "', which metric '" + holder + "' already is");
            }
            family = families.computeIfAbsent(name, n -> new Family(n, type, effective));
        }
        if (family.type != type) {
            throw new IllegalArgumentException("metric '" + name + "' is registered as a " + family.type
                    + " and cannot be recorded as a " + type);
        }
        if (spec != null && !spec.equals(family.spec)) {
            throw new IllegalArgumentException("histogram '" + name + "' is registered with " + family.spec
                    + ", not " + spec);
        }
        return family;
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "metric name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("metric name must not be blank");
        }
        return name;
    }

    /** All series of one name; the type (and histogram spec) is fixed at creation. */
    private static final class Family {
        final String name;
        final MetricType type;
        final HistogramSpec spec;
        final ConcurrentHashMap<Attributes, Object> series = new ConcurrentHashMap<>();

        Family(String name, MetricType type, HistogramSpec spec) {
            this.name = name;
            this.type = type;
            this.spec = spec;
        }

        Object series(Attributes attributes) {
            Object s = series.get(attributes);
            return s != null ? s : series.computeIfAbsent(attributes, this::create);
        }

        private Object create(Attributes attributes) {
            checkLabelNames(attributes);
            switch (type) {
                case COUNTER:
                    return new Counter(name, attributes);
                case GAUGE:
                    return new Gauge(name, attributes);
                default:
                    return new Histogram(name, attributes, spec);
            }
        }

        /** Attribute keys must stay distinct as label names, and {@code le} is a histogram's own. */
        private void checkLabelNames(Attributes attributes) {
            for (int i = 0; i < attributes.size(); i++) {
                String label = OpenMetricsExposition.sanitize(attributes.key(i));
                if (type == MetricType.HISTOGRAM && label.equals("le")) {
                    throw new IllegalArgumentException("histogram '" + name + "' cannot take attribute '"
                            + attributes.key(i) + "': 'le' is the bucket label");
                }
                for (int j = 0; j < i; j++) {
                    if (label.equals(OpenMetricsExposition.sanitize(attributes.key(j)))) {
                        throw new IllegalArgumentException("attributes '" + attributes.key(j) + "' and '"
                                + attributes.key(i) + "' of metric '" + name + "' export as the same label '"
                                + label + "'");
                    }
                }
            }
        }

        void snapshotInto(List<MetricSnapshot> out) {
            Attributes[] keys = series.keySet().toArray(new Attributes[0]);
            Arrays.sort(keys);
            for (Attributes attributes : keys) {
                Object s = series.get(attributes);
                switch (type) {
                    case COUNTER:
                        out.add(MetricSnapshot.ofCounter(name, attributes, ((Counter) s).value()));
                        break;
                    case GAUGE:
                        out.add(MetricSnapshot.ofGauge(name, attributes, ((Gauge) s).value()));
                        break;
                    default:
                        out.add(MetricSnapshot.ofHistogram(name, attributes, ((Histogram) s).snapshot()));
                        break;
                }
            }
        }
    }
}
