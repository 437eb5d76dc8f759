package io.mcpbench.bench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.discovery.SearchField;
import io.mcpbench.core.discovery.SearchHit;
import io.mcpbench.core.discovery.SearchMode;
import io.mcpbench.core.discovery.ToolDiscovery;
import io.mcpbench.core.discovery.ToolDiscoveryConfig;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.query.Query;
import io.mcpbench.workload.query.QueryGenerator;
import io.mcpbench.workload.query.QueryKind;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Lucene peer indexes what ours indexes: with a single weighted field, BM25F is plain BM25,
 * so both must rank and score alike, which shows the terms, weights, {@code k1} and {@code b} are
 * the same on both sides, whatever the weight. In regex mode both must return the same tools.
 */
class LuceneToolIndexTest {

    private static final CatalogSnapshot SNAPSHOT = new CatalogGenerator(20_261_120L).snapshot(1_000);

    /** Lucene takes no weight below 1; a weight scaled up to 1 and k1 with it leave every score as it was. */
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.25, 3.0})
    void withOnlyTheNameFieldBothEnginesGiveTheSameRankingAndScores(double weight) throws IOException {
        ToolDiscoveryConfig config = only(SearchField.NAME).withFieldWeight(SearchField.NAME, weight);
        ToolDiscovery ours = ToolDiscovery.of(SNAPSHOT, config);
        try (LuceneToolIndex lucene = LuceneToolIndex.build(SNAPSHOT, config)) {
            for (Query q : new QueryGenerator(3L).queries(SNAPSHOT, QueryKind.MULTI_TERM, 100)) {
                List<SearchHit> expected = ours.search(q.text(), 10);
                List<SearchHit> actual = lucene.search(q.text(), 10);
                assertEquals(expected.size(), actual.size(), "hits for " + q.text());
                for (int i = 0; i < expected.size(); i++) {
                    // Names are short, so Lucene's one-byte length norm is exact: only float rounding differs.
                    assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-4 * expected.get(i).score(),
                            "score at rank " + i + " for " + q.text());
                    if (Math.abs(expected.get(i).score() - actual.get(i).score()) > 1e-6) {
                        assertEquals(expected.get(i).qualifiedName(), actual.get(i).qualifiedName(),
                                "rank " + i + " for " + q.text());
                    }
                }
            }
        }
    }

    @Test
    void withOnlyTheDescriptionFieldScoresDifferOnlyByLuceneLengthRounding() throws IOException {
        ToolDiscoveryConfig config = only(SearchField.DESCRIPTION);
        ToolDiscovery ours = ToolDiscovery.of(SNAPSHOT, config);
        try (LuceneToolIndex lucene = LuceneToolIndex.build(SNAPSHOT, config)) {
            int sameFirst = 0;
            List<Query> queries = new QueryGenerator(4L).queries(SNAPSHOT, QueryKind.MULTI_TERM, 100);
            for (Query q : queries) {
                List<SearchHit> expected = ours.search(q.text(), 1);
                List<SearchHit> actual = lucene.search(q.text(), 1);
                assertEquals(expected.isEmpty(), actual.isEmpty(), "any hit for " + q.text());
                if (!expected.isEmpty()) {
                    // Long descriptions have their lengths stored to about 3 significant bits.
                    assertEquals(expected.get(0).score(), actual.get(0).score(), 0.1 * expected.get(0).score(),
                            "best score for " + q.text());
                    sameFirst += expected.get(0).qualifiedName().equals(actual.get(0).qualifiedName()) ? 1 : 0;
                }
            }
            assertTrue(sameFirst >= 90, "same best tool on " + sameFirst + " of 100 queries");
        }
    }

    @Test
    void regexModeFindsWhatOurRegexSearchFinds() throws IOException {
        ToolDiscoveryConfig config = ToolDiscoveryConfig.defaults().withMode(SearchMode.REGEX);
        ToolDiscovery ours = ToolDiscovery.of(SNAPSHOT, config);
        try (LuceneToolIndex lucene = LuceneToolIndex.build(SNAPSHOT, config)) {
            int nonEmpty = 0;
            for (Query q : new QueryGenerator(5L).queries(SNAPSHOT, QueryKind.REGEX, 60)) {
                List<String> expected = names(ours.search(q.text(), 10));
                assertEquals(expected, names(lucene.search(q.text(), 10)), q.text());
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
            assertTrue(nonEmpty >= 50, "queries with hits " + nonEmpty);
        }
    }

    @Test
    void queriesWithoutTermsOrMatchesFindNothing() throws IOException {
        try (LuceneToolIndex lucene = LuceneToolIndex.build(SNAPSHOT, ToolDiscoveryConfig.defaults())) {
            assertTrue(lucene.search("", 10).isEmpty());
            assertTrue(lucene.search("  the of --- ", 10).isEmpty());
            assertTrue(lucene.search("zorquixvel", 10).isEmpty());
            assertFalse(lucene.search("issue", 10).isEmpty());
            assertEquals(SNAPSHOT.size(), lucene.size());
        }
    }

    @Test
    void badInputIsRefusedWithAReason() throws IOException {
        try (LuceneToolIndex words = LuceneToolIndex.build(SNAPSHOT, ToolDiscoveryConfig.defaults());
             LuceneToolIndex regex = LuceneToolIndex.build(SNAPSHOT,
                     ToolDiscoveryConfig.defaults().withMode(SearchMode.REGEX))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> words.search("issue", 0));
            assertEquals("limit must be >= 1: 0", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> regex.search("(?i)issue[s]?", 5));
            assertTrue(e.getMessage().contains("'['"), e.getMessage());
            assertThrows(NullPointerException.class, () -> words.search(null, 5));
        }
    }

    private static ToolDiscoveryConfig only(SearchField kept) {
        ToolDiscoveryConfig config = ToolDiscoveryConfig.defaults();
        for (SearchField field : SearchField.values()) {
            config = config.withFieldWeight(field, field == kept ? 1.0 : 0.0);
        }
        return config;
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::qualifiedName).toList();
    }
}
