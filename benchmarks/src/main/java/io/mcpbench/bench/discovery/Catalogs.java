package io.mcpbench.bench.discovery;

import io.mcpbench.bench.support.InputCycle;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.query.Query;
import io.mcpbench.workload.query.QueryGenerator;
import io.mcpbench.workload.query.QueryKind;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generated catalogs and query streams the discovery benchmarks share, made once per size in
 * a JVM: a 10,000-tool catalog takes long enough to generate that several states of one trial
 * must not each make their own. Fixed seeds, so every run searches the same tools with the same
 * queries.
 */
final class Catalogs {

    /** Seed of every generated catalog. */
    static final long CATALOG_SEED = 20_261_120L;
    /** Seed of every generated query stream. */
    static final long QUERY_SEED = 7L;
    /** Word queries per stream: a power of two, cycled with a mask. */
    static final int QUERY_COUNT = 256;
    /**
     * Regex queries per stream: fewer, since generating each one runs it over every tool name, and
     * a regex search is slow enough (a scan of the catalog) that 64 patterns already vary its input.
     */
    static final int REGEX_QUERY_COUNT = 64;

    private static final ConcurrentHashMap<Integer, CatalogSnapshot> SNAPSHOTS = new ConcurrentHashMap<>();

    private Catalogs() {
    }

    /** The generated catalog of {@code size} tools. */
    static CatalogSnapshot snapshot(int size) {
        return SNAPSHOTS.computeIfAbsent(size, n -> new CatalogGenerator(CATALOG_SEED).snapshot(n));
    }

    /**
     * Query texts of one kind over the catalog of {@code size} tools: {@link #REGEX_QUERY_COUNT}
     * regexes or {@link #QUERY_COUNT} word queries.
     */
    static String[] queries(int size, QueryKind kind) {
        int count = InputCycle.powerOfTwoAtLeast(kind == QueryKind.REGEX ? REGEX_QUERY_COUNT : QUERY_COUNT);
        List<Query> queries = new QueryGenerator(QUERY_SEED).queries(snapshot(size), kind, count);
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            texts[i] = queries.get(i).text();
        }
        return texts;
    }
}
