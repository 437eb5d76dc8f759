package io.mcpbench.bench.gateway;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.downstream.SeededDownstream;
import java.nio.charset.StandardCharsets;
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
 * One {@code tools/call} end to end, request bytes in and response bytes out, over a generated
 * catalog of 500 or 3,000 tools: ours ({@code mcpbench}: parse, bind, validate, route, call,
 * record the duration, write) beside the MCP SDK's server handling the same bytes ({@code sdk}:
 * decode, look up, validate with the SDK's default validator, call, encode). The downstream answers
 * at once, so only the servers' own work is measured. Three request kinds: valid calls, arguments
 * that fail the schema, and unknown tools. Ours does strictly more work than the SDK path (routing
 * and metrics), so a lower time per call is a fair win. Every request is sent once in setup, on
 * both sides, so lazily compiled schemas are ready before measurement, and the answers are checked
 * to be of the kind the stream claims.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@QuickSizes("tools=500")
public class ToolCallBenchmark {

    static final long SEED = 20_251_125L;

    @Param({"500", "3000"})
    int tools;

    @Param({"VALID", "INVALID_ARGUMENTS", "UNKNOWN_TOOL"})
    CallKind kind;

    @Param({Endpoint.MCPBENCH, Endpoint.SDK})
    String impl;

    Endpoint endpoint;
    byte[][] requests;
    int mask;

    @Setup(Level.Trial)
    public void setUp() {
        CatalogSnapshot snapshot = new CatalogGenerator(SEED).snapshot(tools);
        endpoint = Endpoint.of(impl, snapshot, SeededDownstream.instant(SEED));
        requests = CallRequests.toolCalls(snapshot, kind, tools, SEED);
        mask = requests.length - 1;
        for (byte[] request : requests) {
            byte[] response = endpoint.handle(request);
            if (Responses.isFailure(response) != (kind != CallKind.VALID)) {
                throw new IllegalStateException(impl + " answered a " + kind + " call unexpectedly: "
                        + new String(response, StandardCharsets.UTF_8));
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        endpoint.close();
    }

    /** Each thread walks the request stream from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public byte[] call(Cursor cursor) {
        return endpoint.handle(requests[cursor.next++ & mask]);
    }
}
