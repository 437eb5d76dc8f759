package io.mcpbench.bench.metrics;

import io.mcpbench.core.metrics.McpMetricNames;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The metrics libraries the metrics benchmarks set beside ours, and the one series they all
 * record: {@code mcp.server.operation.duration} for {@code tools/call} of one tool, in seconds,
 * with OpenTelemetry's advised MCP bucket boundaries wherever a library takes boundaries.
 */
public final class Peer {

    /** Ours, through a pre-resolved handle. */
    public static final String MCPBENCH = "mcpbench";
    /** Micrometer on a {@code SimpleMeterRegistry}. */
    public static final String MICROMETER = "micrometer";
    /** Prometheus client_java 1.x. */
    public static final String PROMETHEUS = "prometheus";
    /** The OpenTelemetry SDK. */
    public static final String OTEL = "otel";
    /** HdrHistogram's {@code Recorder}. */
    public static final String HDRHISTOGRAM = "hdrhistogram";
    /** A bare {@code LongAdder}: the floor for a concurrent count or sum, not a metrics library. */
    public static final String LONGADDER = "longadder";
    /**
     * A histogram made of the JDK's striped adders, a {@code LongAdder} per bucket and one for the
     * sum, as teams write when they want no library (Prometheus' simpleclient 0.x is built so).
     */
    public static final String LONGADDER_BUCKETS = "longadder-buckets";

    static final String METRIC = McpMetricNames.SERVER_OPERATION_DURATION;
    static final String METHOD = "tools/call";
    static final String TOOL = "github__search_issues";
    /** Prometheus names: dots are not allowed in its label names. */
    static final String METRIC_UNDERSCORED = "mcp_server_operation_duration_seconds";
    static final String METHOD_LABEL = "mcp_method_name";
    static final String TOOL_LABEL = "gen_ai_tool_name";
    static final long HOUR_NANOS = 3_600_000_000_000L;
    /** The series' OpenTelemetry attributes, built once. */
    static final Attributes OTEL_ATTRIBUTES = Attributes.of(
            AttributeKey.stringKey("mcp.method.name"), METHOD,
            AttributeKey.stringKey("gen_ai.tool.name"), TOOL);

    private Peer() {
    }

    /** The advised boundaries in seconds, as OpenTelemetry's advice API takes them. */
    static List<Double> boundaryList() {
        List<Double> out = new ArrayList<>();
        for (double b : McpMetricNames.durationBucketBoundaries()) {
            out.add(b);
        }
        return out;
    }

    /**
     * A fresh instance of the peer named {@code impl} among {@code peers}: the one place where an
     * {@code impl} parameter value picks an implementation, whatever is measured.
     *
     * @throws IllegalArgumentException if no peer has that name
     */
    static <T> T create(String impl, Map<String, Supplier<T>> peers) {
        Supplier<T> peer = peers.get(impl);
        if (peer == null) {
            throw new IllegalArgumentException("unknown impl '" + impl + "' (expected one of " + new TreeSet<>(peers.keySet()) + ")");
        }
        return peer.get();
    }
}
