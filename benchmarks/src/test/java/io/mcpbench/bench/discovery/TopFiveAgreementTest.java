package io.mcpbench.bench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.generator.CatalogGenerator;
import io.mcpbench.core.catalog.generator.Query;
import io.mcpbench.core.catalog.generator.QueryGenerator;
import io.mcpbench.core.catalog.generator.QueryKind;
import io.mcpbench.core.discovery.SearchHit;
import io.mcpbench.core.discovery.ToolDiscovery;
import io.mcpbench.core.discovery.ToolDiscoveryConfig;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How often our BM25F ranking and Lucene's, over the same terms and weights, pick the same tools.
 * Two top-5 lists <em>agree</em> when their first hits are the same tool and they share at least 4
 * tools (every tool when either list is shorter than 5).
 *
 * <p>Lucene's own BM25F ({@code CombinedFieldQuery}, the peer the benchmark measures) agrees on most
 * distinctive queries; what is left comes from its one combined field length where ours normalises
 * each field by its own length, from its weights being rescaled to start at 1, from its lossy
 * length norms, and from the many near-identical tools of a generated catalog (one kind of server
 * deployed several times), whose near-ties the two break differently. Lucene's usual multi-field
 * query agrees far less: it saturates and weighs IDF per field and then adds the fields up, so a
 * word found in a tool's name, title and description counts about 3 + 2 + 1 times. The rates
 * asserted are those measured (the inputs are seeded, so they only move when ranking changes),
 * rounded down; the last test shows how often each ranking puts first the tool a distinctive query
 * describes.
 */
class TopFiveAgreementTest {

    private static final int TOOLS = 3_000;
    private static final int QUERIES = 200;
    private static final int TOP = 5;

    private static CatalogSnapshot snapshot;
    private static ToolDiscovery ours;
    private static LuceneToolIndex lucene;
    private static LuceneToolIndex fieldSum;

    @BeforeAll
    static void index() {
        snapshot = new CatalogGenerator(20_261_120L).snapshot(TOOLS);
        ToolDiscoveryConfig config = ToolDiscoveryConfig.defaults();
        ours = ToolDiscovery.of(snapshot, config);
        lucene = LuceneToolIndex.build(snapshot, config, LuceneToolIndex.Scoring.BM25F);
        fieldSum = LuceneToolIndex.build(snapshot, config, LuceneToolIndex.Scoring.FIELD_SUM);
    }

    @AfterAll
    static void close() throws IOException {
        lucene.close();
        fieldSum.close();
    }

    @Test
    void distinctiveQueriesAgreeWithLuceneBm25fMostly() {
        List<Query> queries = new QueryGenerator(12L).distinctiveQueries(snapshot, QUERIES);
        assertEquals(QUERIES, queries.size(), "distinctive queries generated");
        Agreement a = measure(queries, lucene);
        a.print("DISTINCTIVE", "BM25F");
        assertTrue(a.agreed() > 0.5, "top-5 agreement " + a.agreed());
        assertTrue(a.sameFirst() >= 0.80, "same first tool " + a.sameFirst());
        assertTrue(a.meanShared() >= 3.5, "tools shared in the top 5 " + a.meanShared());
    }

    @Test
    void multiTermQueriesWithLuceneBm25f() {
        Agreement a = measure(new QueryGenerator(11L).queries(snapshot, QueryKind.MULTI_TERM, QUERIES), lucene);
        a.print("MULTI_TERM", "BM25F");
        assertTrue(a.agreed() >= 0.35, "top-5 agreement " + a.agreed());
        assertTrue(a.sameFirst() >= 0.55, "same first tool " + a.sameFirst());
        assertTrue(a.meanShared() >= 3.5, "tools shared in the top 5 " + a.meanShared());
    }

    @Test
    void luceneFieldSumAgreesFarLess() {
        Agreement multi = measure(new QueryGenerator(11L).queries(snapshot, QueryKind.MULTI_TERM, QUERIES), fieldSum);
        multi.print("MULTI_TERM", "per-field sum");
        Agreement distinctive = measure(new QueryGenerator(12L).distinctiveQueries(snapshot, QUERIES), fieldSum);
        distinctive.print("DISTINCTIVE", "per-field sum");
        assertTrue(multi.agreed() >= 0.10, "top-5 agreement " + multi.agreed());
        assertTrue(distinctive.agreed() >= 0.25, "top-5 agreement " + distinctive.agreed());
        assertTrue(distinctive.agreed() < measure(new QueryGenerator(12L).distinctiveQueries(snapshot, QUERIES), lucene).agreed());
    }

    @Test
    void bothBm25fRankingsPutTheDescribedToolFirstMoreOftenThanTheFieldSum() {
        List<Query> queries = new QueryGenerator(13L).distinctiveQueries(snapshot, QUERIES);
        int oursFirst = 0;
        int luceneFirst = 0;
        int fieldSumFirst = 0;
        for (Query q : queries) {
            String expected = q.expected().qualifiedName();
            oursFirst += expected.equals(ours.search(q.text(), 1).get(0).qualifiedName()) ? 1 : 0;
            luceneFirst += expected.equals(lucene.search(q.text(), 1).get(0).qualifiedName()) ? 1 : 0;
            fieldSumFirst += expected.equals(fieldSum.search(q.text(), 1).get(0).qualifiedName()) ? 1 : 0;
        }
        System.out.printf("the described tool ranked first, %d DISTINCTIVE queries over %,d tools: ours %d, "
                + "Lucene BM25F %d, Lucene per-field sum %d%n", queries.size(), TOOLS, oursFirst, luceneFirst, fieldSumFirst);
        assertTrue(oursFirst >= 0.85 * queries.size(), "ours ranked the described tool first " + oursFirst);
        assertTrue(luceneFirst >= 0.85 * queries.size(), "Lucene BM25F ranked the described tool first " + luceneFirst);
        assertTrue(oursFirst > fieldSumFirst, "ours " + oursFirst + ", per-field sum " + fieldSumFirst);
    }

    @Test
    void agreementDefinitionRejectsDifferentFirstHits() {
        assertTrue(agree(List.of("a", "b", "c", "d", "e"), List.of("a", "c", "b", "e", "f")));
        assertTrue(!agree(List.of("a", "b", "c", "d", "e"), List.of("b", "a", "c", "d", "e")));
        assertTrue(!agree(List.of("a", "b", "c", "d", "e"), List.of("a", "b", "c", "x", "y")));
        assertTrue(agree(List.of("a", "b"), List.of("a", "b")));
        assertTrue(!agree(List.of("a", "b"), List.of("a", "c")));
        assertTrue(!agree(List.of("a"), List.of()));
    }

    private static Agreement measure(List<Query> queries, LuceneToolIndex peer) {
        int agreed = 0;
        int sameFirst = 0;
        int shared = 0;
        for (Query q : queries) {
            List<String> a = names(ours.search(q.text(), TOP));
            List<String> b = names(peer.search(q.text(), TOP));
            agreed += agree(a, b) ? 1 : 0;
            sameFirst += !a.isEmpty() && !b.isEmpty() && a.get(0).equals(b.get(0)) ? 1 : 0;
            Set<String> common = new HashSet<>(a);
            common.retainAll(b);
            shared += common.size();
        }
        int n = queries.size();
        return new Agreement(n, (double) agreed / n, (double) sameFirst / n, (double) shared / n);
    }

    /** Rates over a query set: lists that agree, same first tool, mean tools shared of the top 5. */
    private record Agreement(int queries, double agreed, double sameFirst, double meanShared) {

        void print(String kind, String peer) {
            System.out.printf("ours vs Lucene %s, %d %s queries over %,d tools: top-5 agreement %.1f%%, "
                    + "same first tool %.1f%%, %.2f of 5 tools shared%n",
                    peer, queries, kind, TOOLS, 100 * agreed, 100 * sameFirst, meanShared);
        }
    }

    /** Same first tool, and at least 4 of 5 shared (every one when either list is shorter than 5). */
    static boolean agree(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        if (!a.get(0).equals(b.get(0))) {
            return false;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        int needed = Math.min(a.size(), b.size()) < TOP ? Math.max(a.size(), b.size()) : TOP - 1;
        return shared.size() >= needed;
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::qualifiedName).toList();
    }
}
