package io.mcpbench.bench.transport;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.bench.support.SmokeSizes;
import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.metrics.McpOperationMetrics;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.workload.arguments.ArgumentGenerator;
import io.mcpbench.workload.arguments.ArgumentSize;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.downstream.SeededDownstream;
import io.mcpbench.workload.gateway.Gateways;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway over the MCP Streamable HTTP transport beside the same calls in-process: a
 * 100-tool gateway (two instances per server, an instant downstream, metrics on) behind the SDK
 * server front of {@link GatewayFront}, reached by {@code transport}: {@code IN_MEMORY} (the
 * SDK's session layer with every message written to JSON and read back, no wire),
 * {@code HTTP_STATEFUL} or {@code HTTP_STATELESS} (the SDK's servlet transports on embedded Tomcat
 * on 127.0.0.1, a port picked free at start, driven by the SDK's {@code HttpClientStreamableHttpTransport}
 * on the JDK's HTTP/1.1 client). The difference between a transport's row and {@code IN_MEMORY}'s
 * is what the wire costs per call.
 *
 * <p>At one agent, latency (us/op): {@code initialize} (a new client: transport, the initialize
 * handshake and {@code notifications/initialized}, and closing, which for a stateful session is a
 * DELETE), {@code toolsList} (all 100 tools in one page) and {@code toolsCall} (a valid call, a
 * small argument object). Compare them with {@code LoopbackEchoBenchmark}, one TCP round trip on
 * loopback: an HTTP call costs a few round trips of CPU, never the ~40 ms of a Nagle and
 * delayed-ACK stall. The sweep ({@code sweep}: operations completed per second by 4, 16 or 64
 * {@code clients}, each a thread with a client and HTTP connection of its own, doing {@code op}
 * back to back; see {@link Clients}) shows where each transport saturates on the machine's cores.
 * Its parameters sit in their own state, so they narrow the sweep alone. Client and server share
 * the process and its cores, as on a single host.
 */
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@QuickSizes({"op=tools/call", "clients=4,64"})
@SmokeSizes("clients=4")
public class StreamableHttpBenchmark {

    /** The catalog: one {@code tools/list} page of the gateway's. */
    static final int TOOLS = 100;
    static final long SEED = 20_251_207L;
    private static final int CALLS = 256;

    @Param({"IN_MEMORY", "HTTP_STATEFUL", "HTTP_STATELESS"})
    Transport transport;

    McpGateway gateway;
    Transport.Served served;
    McpSchema.CallToolRequest[] calls;
    final McpJsonMapper mapper = McpJsonDefaults.getMapper();

    @Setup(Level.Trial)
    public void setUp() {
        CatalogSnapshot snapshot = new CatalogGenerator(SEED).snapshot(TOOLS);
        gateway = Gateways.over(new ToolCatalog(snapshot), 2).downstream(SeededDownstream.instant(SEED))
                .metrics(McpOperationMetrics.server(new MetricsCollector())).build();
        calls = toolCalls(snapshot);
        served = transport.serve(gateway, mapper);
        McpSyncClient probe = newClient();
        try {
            probe.initialize();
            if (probe.listTools().tools().size() != TOOLS) {
                throw new IllegalStateException(transport + ": tools/list did not list the " + TOOLS + " tools");
            }
            McpSchema.CallToolResult r = probe.callTool(calls[0]);
            if (Boolean.TRUE.equals(r.isError())) {
                throw new IllegalStateException(transport + ": a valid call failed: " + r.content());
            }
        } finally {
            probe.closeGracefully();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        served.close();
        gateway.close();
    }

    private static McpSchema.CallToolRequest[] toolCalls(CatalogSnapshot snapshot) {
        List<CatalogEntry> entries = snapshot.entries();
        SplittableRandom random = new SplittableRandom(SEED);
        ArgumentGenerator arguments = new ArgumentGenerator(SEED);
        McpSchema.CallToolRequest[] out = new McpSchema.CallToolRequest[CALLS];
        for (int i = 0; i < out.length; i++) {
            CatalogEntry e = entries.get(random.nextInt(entries.size()));
            Map<String, Object> args = JsonMapper.shared().readValue(arguments.valid(e.tool(), ArgumentSize.SMALL),
                    new TypeReference<Map<String, Object>>() { });
            out[i] = McpSchema.CallToolRequest.builder(e.qualifiedName()).arguments(args).build();
        }
        return out;
    }

    McpSyncClient newClient() {
        return McpClient.sync(served.clients().get())
                .clientInfo(McpSchema.Implementation.builder("mcpbench-agent", "1").build())
                .requestTimeout(GatewayFront.REQUEST_TIMEOUT)
                .initializationTimeout(GatewayFront.REQUEST_TIMEOUT)
                .build();
    }

    /** One agent: an initialized client of its own, and its place in the call stream. */
    @State(Scope.Thread)
    public static class Agent {
        McpSyncClient client;
        int next;

        @Setup(Level.Trial)
        public void connect(StreamableHttpBenchmark b) {
            client = b.newClient();
            client.initialize();
        }

        @TearDown(Level.Trial)
        public void close() {
            client.closeGracefully();
        }
    }

    /**
     * The sweep's agents: {@code clients} platform threads, each with a client of its own, doing
     * {@code op} back to back from trial setup to teardown. The JMH thread counts their completed
     * operations ({@link #awaitCompletion()}), so the score is the rate all of them achieve
     * together, measured in one place: a sum of per-thread rates, as JMH's own threads give, goes
     * wrong when there are many more threads than cores and some get only a sliver of an iteration.
     */
    @State(Scope.Benchmark)
    public static class Clients {

        /** An operation not completed in this long means the clients have stalled: the benchmark fails. */
        static final long STALL_SECONDS = 30;

        @Param({"initialize", "tools/list", "tools/call"})
        String op;

        @Param({"4", "16", "64"})
        int clients;

        final Semaphore completions = new Semaphore(0);
        Thread[] threads;
        volatile boolean stop;
        volatile Throwable failure;

        @Setup(Level.Trial)
        public void start(StreamableHttpBenchmark b) {
            threads = new Thread[clients];
            for (int i = 0; i < clients; i++) {
                int first = i * CALLS / clients;
                threads[i] = new Thread(() -> run(b, first), "mcp-client-" + i);
                threads[i].setDaemon(true);
                threads[i].start();
            }
        }

        private void run(StreamableHttpBenchmark b, int first) {
            McpSyncClient client = null;
            try {
                client = b.newClient();
                client.initialize();
                for (int next = first; !stop; next++) {
                    Object result = switch (op) {
                        case "initialize" -> b.initializeOnce();
                        case "tools/list" -> client.listTools();
                        case "tools/call" -> client.callTool(b.calls[next & (CALLS - 1)]);
                        default -> throw new IllegalArgumentException("unknown op '" + op + "': initialize, tools/list or tools/call");
                    };
                    if (result == null) {
                        throw new IllegalStateException(op + " returned nothing");
                    }
                    completions.release();
                }
            } catch (Throwable e) {
                if (!stop) {
                    failure = e;
                }
            } finally {
                if (client != null && !stop) {
                    client.closeGracefully();
                }
            }
        }

        /** Starts the iteration with no completions counted from before it. */
        @Setup(Level.Iteration)
        public void drain() {
            completions.drainPermits();
        }

        void awaitCompletion() throws InterruptedException {
            Throwable f = failure;
            if (f != null) {
                throw new IllegalStateException("a client failed: " + f, f);
            }
            if (!completions.tryAcquire(STALL_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no " + op + " completed in " + STALL_SECONDS + " s");
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            stop = true;
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(STALL_SECONDS));
            }
        }
    }

    McpSchema.InitializeResult initializeOnce() {
        McpSyncClient client = newClient();
        try {
            return client.initialize();
        } finally {
            client.closeGracefully();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public McpSchema.InitializeResult initialize() {
        return initializeOnce();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public McpSchema.ListToolsResult toolsList(Agent agent) {
        return agent.client.listTools();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public McpSchema.CallToolResult toolsCall(Agent agent) {
        return agent.client.callTool(calls[agent.next++ & (CALLS - 1)]);
    }

    /** One operation: the next one any of the sweep's clients completes. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public void sweep(Clients clients) throws InterruptedException {
        clients.awaitCompletion();
    }
}
