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
 * Our BM25F ranking and Lucene's per-field BM25 sum, over the same terms and weights, should pick
 * nearly the same tools: otherwise the search benchmark would compare engines that do different
 * work. Two tools' top 5 <em>agree</em> when their first hits are the same tool and the two top-5
 * sets share at least 4 tools (all of them when fewer than 5 match). The two formulas differ on
 * purpose (BM25F saturates once over all fields, Lucene once per field, and Lucene stores field
 * lengths lossily), so agreement is high, not total.
 */
class TopFiveAgreementTest {

    private static final int TOOLS = 3_000;
    private static final int QUERIES = 200;
    private static final int TOP = 5;

    private static CatalogSnapshot snapshot;
    private static ToolDiscovery ours;
    private static LuceneToolIndex lucene;

    @BeforeAll
    static void index() {
        snapshot = new CatalogGenerator(20_261_120L).snapshot(TOOLS);
        ToolDiscoveryConfig config = ToolDiscoveryConfig.defaults();
        ours = ToolDiscovery.of(snapshot, config);
        lucene = LuceneToolIndex.build(snapshot, config);
    }

    @AfterAll
    static void close() throws IOException {
        lucene.close();
    }

    @Test
    void multiTermQueriesMostlyAgree() {
        List<Query> queries = new QueryGenerator(11L).queries(snapshot, QueryKind.MULTI_TERM, QUERIES);
        double rate = agreementRate(queries);
        System.out.printf("top-%d agreement with Lucene, %d MULTI_TERM queries over %,d tools: %.1f%%%n",
                TOP, queries.size(), TOOLS, 100 * rate);
        assertTrue(rate >= 0.80, "agreement on multi-term queries " + rate);
    }

    @Test
    void distinctiveQueriesMostlyAgree() {
        List<Query> queries = new QueryGenerator(12L).distinctiveQueries(snapshot, QUERIES);
        assertEquals(QUERIES, queries.size(), "distinctive queries generated");
        double rate = agreementRate(queries);
        System.out.printf("top-%d agreement with Lucene, %d DISTINCTIVE queries over %,d tools: %.1f%%%n",
                TOP, queries.size(), TOOLS, 100 * rate);
        assertTrue(rate >= 0.80, "agreement on distinctive queries " + rate);
    }

    @Test
    void bothRankTheToolADistinctiveQueryWasTakenFromFirst() {
        List<Query> queries = new QueryGenerator(13L).distinctiveQueries(snapshot, QUERIES);
        int oursFirst = 0;
        int luceneFirst = 0;
        for (Query q : queries) {
            String expected = q.expected().qualifiedName();
            oursFirst += expected.equals(ours.search(q.text(), 1).get(0).qualifiedName()) ? 1 : 0;
            luceneFirst += expected.equals(lucene.search(q.text(), 1).get(0).qualifiedName()) ? 1 : 0;
        }
        System.out.printf("expected tool first, %d DISTINCTIVE queries: ours %d, Lucene %d%n",
                queries.size(), oursFirst, luceneFirst);
        assertTrue(oursFirst >= 0.9 * queries.size(), "ours ranked the expected tool first " + oursFirst);
        assertTrue(luceneFirst >= 0.9 * queries.size(), "Lucene ranked the expected tool first " + luceneFirst);
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

    private static double agreementRate(List<Query> queries) {
        int agreed = 0;
        for (Query q : queries) {
            agreed += agree(names(ours.search(q.text(), TOP)), names(lucene.search(q.text(), TOP))) ? 1 : 0;
        }
        return (double) agreed / queries.size();
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
