package io.mcpbench.bench.gateway;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.core.session.InProcessServer;
import io.mcpbench.core.session.InProcessSession;
import io.mcpbench.core.session.TransportMode;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.downstream.SeededDownstream;
import io.modelcontextprotocol.spec.McpSchema;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one MCP client session's life through the SDK, without sockets: open a client on an
 * in-process server, run the initialize handshake ({@code initialize}, then
 * {@code notifications/initialized}) and close it, which also closes its server session. Messages
 * cross as objects (the SDK's session machinery alone) or as JSON bytes (plus what any wire costs
 * to encode and decode). The server exposes a 500-tool catalog, as a gateway's clients would see.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class SessionBenchmark {

    @Param({"OBJECTS", "BYTES"})
    TransportMode transport;

    InProcessServer server;

    @Setup(Level.Trial)
    public void setUp() {
        server = InProcessServer.builder(new CatalogGenerator(ToolCallBenchmark.SEED).snapshot(500), SeededDownstream.instant(0L))
                .transportMode(transport)
                .build();
        // One session's life first, so class loading and the SDK's shared schedulers are not charged to the first operation.
        connectInitializeClose();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (server.openSessions() != 0) {
            throw new IllegalStateException(server.openSessions() + " sessions were left open");
        }
        server.close();
    }

    @Benchmark
    public McpSchema.InitializeResult connectInitializeClose() {
        try (InProcessSession session = server.openSession()) {
            return session.initialize();
        }
    }
}
