package io.mcpbench.core.discovery;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Everything one search needs, built from one catalog snapshot and never changed after: the
 * snapshot's entries and, in BM25 mode, the index over them. {@link ToolDiscovery} swaps whole
 * instances, so a search that started on one keeps a consistent view to its end.
 */
final class DiscoveryIndex {

    private static final ThreadLocal<Bm25Index.Scratch> SCRATCH = ThreadLocal.withInitial(Bm25Index.Scratch::new);

    private final CatalogSnapshot snapshot;
    private final ToolDiscoveryConfig config;
    private final CatalogEntry[] entries;
    private final Bm25Index bm25;

    private DiscoveryIndex(CatalogSnapshot snapshot, ToolDiscoveryConfig config, CatalogEntry[] entries, Bm25Index bm25) {
        this.snapshot = snapshot;
        this.config = config;
        this.entries = entries;
        this.bm25 = bm25;
    }

    static DiscoveryIndex build(CatalogSnapshot snapshot, ToolDiscoveryConfig config) {
        CatalogEntry[] entries = snapshot.entries().toArray(new CatalogEntry[0]);
        Bm25Index bm25 = null;
        if (config.mode() == SearchMode.BM25) {
            List<ToolText> docs = new ArrayList<>(entries.length);
            for (CatalogEntry entry : entries) {
                docs.add(ToolText.of(entry));
            }
            bm25 = Bm25Index.build(docs, config);
        }
        return new DiscoveryIndex(snapshot, config, entries, bm25);
    }

    CatalogSnapshot snapshot() {
        return snapshot;
    }

    Bm25Index bm25() {
        return bm25;
    }

    List<SearchHit> search(String query, int limit) {
        if (config.mode() == SearchMode.REGEX) {
            return RegexQuery.search(entries, RegexQuery.compile(query, config.regexMaxLength()), query, limit,
                    config.regexWorkLimit());
        }
        List<String> terms = Tokenizer.tokens(query);
        if (terms.isEmpty() || entries.length == 0) {
            return Collections.emptyList();
        }
        Bm25Index.Scratch scratch = SCRATCH.get();
        int count = bm25.search(terms, limit, config.minimumScore(), scratch);
        if (count == 0) {
            return Collections.emptyList();
        }
        SearchHit[] hits = new SearchHit[count];
        int[] docs = scratch.outDocs;
        float[] scores = scratch.outScores;
        for (int i = 0; i < count; i++) {
            hits[i] = new SearchHit(entries[docs[i]], scores[i]);
        }
        return Collections.unmodifiableList(Arrays.asList(hits));
    }
}
