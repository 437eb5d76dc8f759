package io.mcpbench.bench.binding;

import io.mcpbench.bench.support.InputCycle;
import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.core.binding.ToolBindingService;
import io.mcpbench.core.binding.UnknownToolException;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.validation.SchemaCompiler;
import io.mcpbench.core.validation.ValidationLimits;
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
 * Resolving the qualified name a {@code tools/call} carries to its tool, ours ({@code
 * ToolBindingService.bind}, one hash lookup in the current snapshot's table) beside the MCP SDK
 * server's linear scan of its tool list, from 50 to 10,000 tools, with all names known or with
 * one in ten unknown. It proves binding stays flat as the catalog grows while a scan grows with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@QuickSizes("tools=1000")
public class ToolBindingBenchmark {

    /** Names in the cycled stream: enough that the branch predictor cannot learn hit and miss. */
    private static final int NAMES = 4096;

    @Param({"mcpbench", "sdk-scan"})
    String impl;

    @Param({"50", "500", "1000", "3000", "10000"})
    int tools;

    @Param({"0", "10"})
    int missPercent;

    private ToolBindingService service;
    private SdkToolList sdk;
    private String[] names;
    private int mask;

    @Setup(Level.Trial)
    public void setUp() {
        CatalogSnapshot snapshot = BindingWorkload.catalog(tools);
        names = BindingWorkload.names(snapshot, InputCycle.powerOfTwoAtLeast(NAMES), missPercent);
        mask = names.length - 1;
        switch (impl) {
            case "mcpbench" -> {
                service = new ToolBindingService(new ToolCatalog(snapshot),
                        new SchemaCompiler(ValidationLimits.defaults()));
            }
            case "sdk-scan" -> sdk = new SdkToolList(snapshot);
            default -> throw new IllegalArgumentException("unknown impl: " + impl);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (service != null) {
            service.close();
        }
    }

    /** Per-thread position in the name stream. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public Object bind(Cursor cursor) {
        String name = names[cursor.next++ & mask];
        if (sdk != null) {
            return sdk.find(name);
        }
        try {
            return service.bind(name);
        } catch (UnknownToolException e) {
            return e;
        }
    }
}
