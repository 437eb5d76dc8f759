package io.mcpbench.core.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a collector's metrics in the OpenMetrics 1.0 text format, which Prometheus and the
 * OpenTelemetry collector scrape.
 *
 * <ul>
 *   <li>Names and label names: every character outside {@code [a-zA-Z0-9_]} becomes {@code _}
 *       ({@code mcp.method.name} is exported as {@code mcp_method_name}); a leading digit gets a
 *       {@code _} prefix. A histogram with a unit gets the unit as a name suffix, as the format
 *       requires, and a {@code # UNIT} line.</li>
 *   <li>Counters: {@code # TYPE x counter} and the sample {@code x_total} (a registered name
 *       already ending in {@code _total} is not doubled).</li>
 *   <li>Histograms: cumulative {@code x_bucket{le="..."}} at the spec's export boundaries, computed
 *       from the fine buckets (see {@link HistogramSnapshot#countAtOrBelow(double)}), then
 *       {@code le="+Inf"} equal to {@code x_count}, then {@code x_sum}.</li>
 *   <li>Label values escape backslash, double quote and newline. The output ends with {@code # EOF}.</li>
 * </ul>
 */
public final class OpenMetricsExposition {

    /** The content type a scrape endpoint should answer with. */
    public static final String CONTENT_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    /** The exposition as a string. */
    public String write(MetricsCollector collector) {
        StringBuilder sb = new StringBuilder(4096);
        try {
            write(collector, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /** Appends the exposition of every metric of the collector to {@code out}. */
    public void write(MetricsCollector collector, Appendable out) throws IOException {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(out, "out");
        List<MetricSnapshot> all = collector.getAll();
        String currentName = null;
        String family = null;
        for (MetricSnapshot m : all) {
            if (!m.name().equals(currentName)) {
                currentName = m.name();
                family = familyName(m);
                writeHeader(out, family, m, collector.description(currentName));
            }
            switch (m.type()) {
                case COUNTER:
                    sample(out, family, "_total", m.attributes(), null, format(m.value()));
                    break;
                case GAUGE:
                    sample(out, family, "", m.attributes(), null, format(m.value()));
                    break;
                default:
                    writeHistogram(out, family, m.attributes(), m.histogram());
                    break;
            }
        }
        out.append("# EOF\n");
    }

    private static void writeHeader(Appendable out, String family, MetricSnapshot m, String help)
            throws IOException {
        out.append("# TYPE ").append(family).append(' ')
                .append(m.type().name().toLowerCase(Locale.ROOT)).append('\n');
        if (m.type() == MetricType.HISTOGRAM && !m.histogram().spec().unit().isEmpty()) {
            out.append("# UNIT ").append(family).append(' ').append(m.histogram().spec().unit()).append('\n');
        }
        if (help != null) {
            out.append("# HELP ").append(family).append(' ');
            escape(out, help);
            out.append('\n');
        }
    }

    private static void writeHistogram(Appendable out, String family, Attributes attributes,
                                       HistogramSnapshot h) throws IOException {
        HistogramSpec spec = h.spec();
        for (int i = 0; i < spec.exportBoundaryCount(); i++) {
            double bound = spec.exportBoundary(i);
            sample(out, family, "_bucket", attributes, format(bound), Long.toString(h.countAtOrBelow(bound)));
        }
        sample(out, family, "_bucket", attributes, "+Inf", Long.toString(h.count()));
        sample(out, family, "_count", attributes, null, Long.toString(h.count()));
        sample(out, family, "_sum", attributes, null, format(h.sum()));
    }

    private static void sample(Appendable out, String family, String suffix, Attributes attributes,
                               String le, String value) throws IOException {
        out.append(family).append(suffix);
        if (!attributes.isEmpty() || le != null) {
            out.append('{');
            for (int i = 0; i < attributes.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(sanitize(attributes.key(i))).append("=\"");
                escape(out, attributes.value(i));
                out.append('"');
            }
            if (le != null) {
                if (!attributes.isEmpty()) {
                    out.append(',');
                }
                out.append("le=\"").append(le).append('"');
            }
            out.append('}');
        }
        out.append(' ').append(value).append('\n');
    }

    private static String familyName(MetricSnapshot m) {
        String unit = m.type() == MetricType.HISTOGRAM ? m.histogram().spec().unit() : "";
        return familyName(m.name(), m.type(), unit);
    }

    /** The exported family name: sanitized, {@code _total} dropped from counters, unit appended. */
    static String familyName(String name, MetricType type, String unit) {
        String family = sanitize(name);
        if (type == MetricType.COUNTER && family.endsWith("_total") && family.length() > "_total".length()) {
            return family.substring(0, family.length() - "_total".length());
        }
        if (!unit.isEmpty() && !family.endsWith("_" + unit)) {
            return family + "_" + unit;
        }
        return family;
    }

    /** Replaces every character outside {@code [a-zA-Z0-9_]} with {@code _}. */
    static String sanitize(String name) {
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9' && i > 0);
            if (!ok) {
                if (sb == null) {
                    sb = new StringBuilder(name.length() + 1).append(name, 0, i);
                }
                sb.append(c >= '0' && c <= '9' ? "_" + c : "_");
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? name : sb.toString();
    }

    /** Escapes backslash, newline and double quote, as label values and help text require. */
    private static void escape(Appendable out, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '"') {
                out.append("\\\"");
            } else {
                out.append(c);
            }
        }
    }

    /** OpenMetrics number text: integers without a fraction, +Inf/-Inf/NaN spelled as required. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v) + ".0";
        }
        return Double.toString(v);
    }
}
