package io.mcpbench.bench.gateway;

import io.mcpbench.bench.support.InputCycle;
import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.core.binding.ToolBindingService;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.GatewayConfig;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.validation.SchemaCompiler;
import io.mcpbench.core.validation.ValidationLimits;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.gateway.Gateways;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tool discovery through the gateway: {@code tools/list} pages of 100 tools over catalogs of 500,
 * 3,000 and 10,000 tools. {@code page}: the first page (no cursor), the middle page reached by its
 * cursor (the cursor lookup is a search in the sorted names), and a client's full walk, each page
 * requested with the {@code nextCursor} read from the previous response. A page is the tools'
 * pre-serialized JSON copied out, so its cost should not grow with the catalog, and a walk should
 * grow linearly; request ids vary so no two consecutive requests are the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@QuickSizes("tools=500")
public class ToolsListBenchmark {

    /** Which pages a {@link #list} operation asks for. */
    public enum Page { FIRST, MIDDLE, WALK }

    static final int PAGE_SIZE = 100;
    private static final int REQUESTS = 1024;

    @Param({"500", "3000", "10000"})
    int tools;

    @Param({"FIRST", "MIDDLE", "WALK"})
    Page page;

    McpGateway gateway;
    byte[][] requests;
    int mask;
    int pages;

    @Setup(Level.Trial)
    public void setUp() {
        // tools/list reads the catalog alone: an empty binding table spares setup compiling schemas it never uses.
        gateway = Gateways.over(new ToolCatalog(new CatalogGenerator(ToolCallBenchmark.SEED).snapshot(tools)), 1)
                .bindings(new ToolBindingService(new ToolCatalog(CatalogSnapshot.empty()), new SchemaCompiler(ValidationLimits.defaults())))
                .config(GatewayConfig.defaults().withPageSize(PAGE_SIZE))
                .build();
        List<String> cursors = new ArrayList<>();
        cursors.add(null);
        for (String c = Responses.nextCursor(gateway.handle(CallRequests.toolsList(0, null))); c != null;
                c = Responses.nextCursor(gateway.handle(CallRequests.toolsList(0, c)))) {
            cursors.add(c);
        }
        pages = cursors.size();
        if (pages != (tools + PAGE_SIZE - 1) / PAGE_SIZE) {
            throw new IllegalStateException(tools + " tools came in " + pages + " pages of " + PAGE_SIZE);
        }
        String cursor = page == Page.MIDDLE ? cursors.get(pages / 2) : null;
        requests = new byte[InputCycle.powerOfTwoAtLeast(REQUESTS)][];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = CallRequests.toolsList(i + 1, cursor);
        }
        mask = requests.length - 1;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gateway.close();
    }

    /** Each thread walks the request stream from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** One page, or for {@link Page#WALK} every page in order; returns the last response. */
    @Benchmark
    public byte[] list(Cursor cursor) {
        byte[] response = gateway.handle(requests[cursor.next++ & mask]);
        if (page != Page.WALK) {
            return response;
        }
        int id = 2;
        for (String next = Responses.nextCursor(response); next != null; next = Responses.nextCursor(response)) {
            response = gateway.handle(CallRequests.toolsList(id++, next));
        }
        return response;
    }
}
