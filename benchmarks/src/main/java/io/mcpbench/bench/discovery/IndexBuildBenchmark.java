package io.mcpbench.bench.discovery;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.discovery.ToolDiscovery;
import io.mcpbench.core.discovery.ToolDiscoveryConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to index a whole catalog snapshot for word search, which a gateway pays on every catalog
 * change before searches see it: our BM25F index ({@code ToolDiscovery.of}) beside a Lucene
 * in-memory index of the same fields and terms, reader and searcher opened
 * ({@link LuceneToolIndex#build}). Both start from the snapshot, so both include extracting each
 * tool's text and tokenizing it. The Lucene index holds only heap memory and is left to the
 * collector, as ours is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@QuickSizes("size=500")
public class IndexBuildBenchmark {

    @Param({"50", "500", "3000", "10000"})
    int size;

    @Param({"mcpbench", "lucene"})
    String impl;

    private final ToolDiscoveryConfig config = ToolDiscoveryConfig.defaults();
    private CatalogSnapshot snapshot;

    @Setup
    public void setUp() {
        if (!impl.equals("mcpbench") && !impl.equals("lucene")) {
            throw new IllegalArgumentException("unknown impl: " + impl);
        }
        snapshot = Catalogs.snapshot(size);
    }

    @Benchmark
    public Object build() {
        return impl.equals("mcpbench") ? ToolDiscovery.of(snapshot, config) : LuceneToolIndex.build(snapshot, config);
    }
}
