package io.mcpbench.bench.discovery;

import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.discovery.SearchHit;
import io.mcpbench.core.discovery.SearchMode;
import io.mcpbench.core.discovery.ToolDiscovery;
import io.mcpbench.core.discovery.ToolDiscoveryConfig;
import io.mcpbench.workload.query.QueryKind;
import java.io.IOException;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one tool search, top 10, over generated catalogs of 50 to 10,000 tools: our BM25F
 * index beside a Lucene index of the same terms and weights ({@link LuceneToolIndex}), for one-word,
 * multi-word and no-hit queries ({@link #words}); and for regex queries ({@link #regex}) our
 * budgeted scan beside a plain {@code java.util.regex} scan ({@link RegexScan}) and Lucene
 * {@code RegexpQuery}s over keyword fields. Queries are generated (256 of each word kind, 64 regexes) and cycled.
 * Word and regex searches are separate methods because a regex scan answers no word query.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@QuickSizes("size=500")
public class ToolSearchBenchmark {

    /** Results per search. */
    static final int LIMIT = 10;

    /** One way of searching a catalog. */
    @FunctionalInterface
    interface Search {
        List<SearchHit> search(String query, int limit);
    }

    /**
     * Word queries over one catalog: ours (BM25F), Lucene's BM25F ({@code CombinedFieldQuery}) and
     * Lucene's usual multi-field query (per-field BM25 summed).
     */
    @State(Scope.Benchmark)
    public static class WordSearch {

        @Param({"50", "500", "3000", "10000"})
        int size;

        @Param({"ONE_TERM", "MULTI_TERM", "NO_HIT"})
        QueryKind kind;

        @Param({"mcpbench", "lucene", "lucene-fieldsum"})
        String impl;

        Search search;
        String[] queries;
        int mask;
        private LuceneToolIndex lucene;

        @Setup
        public void setUp() {
            CatalogSnapshot snapshot = Catalogs.snapshot(size);
            ToolDiscoveryConfig config = ToolDiscoveryConfig.defaults();
            switch (impl) {
                case "mcpbench":
                    search = ToolDiscovery.of(snapshot, config)::search;
                    break;
                case "lucene":
                    lucene = LuceneToolIndex.build(snapshot, config, LuceneToolIndex.Scoring.BM25F);
                    search = lucene::search;
                    break;
                case "lucene-fieldsum":
                    lucene = LuceneToolIndex.build(snapshot, config, LuceneToolIndex.Scoring.FIELD_SUM);
                    search = lucene::search;
                    break;
                default:
                    throw new IllegalArgumentException("unknown impl for word search: " + impl);
            }
            queries = Catalogs.queries(size, kind);
            mask = queries.length - 1;
        }

        @TearDown
        public void tearDown() throws IOException {
            if (lucene != null) {
                lucene.close();
            }
        }
    }

    /** Regex queries ({@code (?i)create.*issue}, {@code (?i)^create}, {@code (?i)issue$}) over one catalog. */
    @State(Scope.Benchmark)
    public static class RegexSearch {

        @Param({"50", "500", "3000", "10000"})
        int size;

        @Param({"mcpbench", "lucene", "regexscan"})
        String impl;

        Search search;
        String[] queries;
        int mask;
        private LuceneToolIndex lucene;

        @Setup
        public void setUp() {
            CatalogSnapshot snapshot = Catalogs.snapshot(size);
            ToolDiscoveryConfig config = ToolDiscoveryConfig.defaults().withMode(SearchMode.REGEX);
            switch (impl) {
                case "mcpbench":
                    search = ToolDiscovery.of(snapshot, config)::search;
                    break;
                case "lucene":
                    lucene = LuceneToolIndex.build(snapshot, config);
                    search = lucene::search;
                    break;
                case "regexscan":
                    search = new RegexScan(snapshot)::search;
                    break;
                default:
                    throw new IllegalArgumentException("unknown impl for regex search: " + impl);
            }
            queries = Catalogs.queries(size, QueryKind.REGEX);
            mask = queries.length - 1;
        }

        @TearDown
        public void tearDown() throws IOException {
            if (lucene != null) {
                lucene.close();
            }
        }
    }

    /** Each thread's position in the query stream. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public List<SearchHit> words(WordSearch state, Cursor cursor) {
        return state.search.search(state.queries[cursor.next++ & state.mask], LIMIT);
    }

    @Benchmark
    public List<SearchHit> regex(RegexSearch state, Cursor cursor) {
        return state.search.search(state.queries[cursor.next++ & state.mask], LIMIT);
    }
}
