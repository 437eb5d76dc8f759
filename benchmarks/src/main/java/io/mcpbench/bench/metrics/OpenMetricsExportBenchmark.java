package io.mcpbench.bench.metrics;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.core.metrics.Attributes;
import io.mcpbench.core.metrics.McpMetricNames;
import io.mcpbench.core.metrics.McpOperationMetrics;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.core.metrics.OpenMetricsExposition;
import io.mcpbench.core.metrics.OperationHandle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One OpenMetrics scrape of a gateway's metrics: {@code mcp.server.operation.duration} for
 * {@code tools/call} of 50 tools, each on success and three error types, for four other methods on
 * success and timeout (210 histograms of 14 exported buckets, each holding 256 durations), plus a
 * request counter per method; written into a reused buffer, at 1, 2 and 4 concurrent scrapers.
 */
@State(Scope.Benchmark)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OpenMetricsExportBenchmark {

    static final int TOOLS = 50;
    static final String[] TOOL_ERRORS = {"timeout", "invalid_params", "tool_error"};
    static final String[] OTHER_METHODS = {"tools/list", "resources/read", "prompts/get", "initialize"};
    static final int VALUES_PER_SERIES = 256;

    MetricsCollector collector;
    final OpenMetricsExposition writer = new OpenMetricsExposition();

    @Setup(Level.Trial)
    public void setUp() {
        collector = new MetricsCollector();
        McpOperationMetrics operations = McpOperationMetrics.server(collector);
        List<OperationHandle> handles = new ArrayList<>();
        for (int t = 0; t < TOOLS; t++) {
            String tool = "server" + (t % 7) + "__tool_" + t;
            handles.add(operations.handle(Peer.METHOD, tool, null));
            for (String error : TOOL_ERRORS) {
                handles.add(operations.handle(Peer.METHOD, tool, error));
            }
        }
        for (String method : OTHER_METHODS) {
            handles.add(operations.handle(method, null, null));
            handles.add(operations.handle(method, null, "timeout"));
        }
        long[] durations = LatencySamples.lognormalNanos(0x3c9a_9e11L);
        int n = 0;
        for (OperationHandle h : handles) {
            for (int i = 0; i < VALUES_PER_SERIES; i++) {
                h.record(durations[n++ & (durations.length - 1)]);
            }
        }
        collector.counter("mcp.server.requests", Attributes.of(McpMetricNames.METHOD_NAME, Peer.METHOD))
                .add(TOOLS * 4L * VALUES_PER_SERIES);
        for (String method : OTHER_METHODS) {
            collector.counter("mcp.server.requests", Attributes.of(McpMetricNames.METHOD_NAME, method))
                    .add(2L * VALUES_PER_SERIES);
        }
    }

    /** Per scraping thread: the buffer the exposition is written into, kept between scrapes. */
    @State(Scope.Thread)
    public static class Buffer {
        final StringBuilder text = new StringBuilder(1 << 18);
    }

    @Benchmark
    @Threads(1)
    public int threads1(Buffer b) throws IOException {
        return scrape(b);
    }

    @Benchmark
    @Threads(2)
    public int threads2(Buffer b) throws IOException {
        return scrape(b);
    }

    @Benchmark
    @Threads(4)
    public int threads4(Buffer b) throws IOException {
        return scrape(b);
    }

    private int scrape(Buffer b) throws IOException {
        b.text.setLength(0);
        writer.write(collector, b.text);
        return b.text.length();
    }
}
