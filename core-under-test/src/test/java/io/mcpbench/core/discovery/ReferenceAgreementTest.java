package io.mcpbench.core.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpbench.core.catalog.CatalogSnapshot;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The array index scores every document of the sample catalog as the plain formula does. */
class ReferenceAgreementTest {

    private static final CatalogSnapshot SNAPSHOT = SampleCatalog.snapshot();

    @ParameterizedTest
    @ValueSource(strings = {
            "create issue", "list", "pull request merge", "file path", "ticket key", "weather forecast city",
            "get get get", "search query", "kubernetes deployment replicas", "customer invoice email",
            "screenshot selector page", "knowledge graph", "sql table schema", "repository owner"})
    void agreesWithReferenceUnderDefaults(String query) {
        assertAgrees(ToolDiscoveryConfig.defaults(), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"create issue", "file path", "list", "ticket key"})
    void agreesWithReferenceUnderOtherParameters(String query) {
        assertAgrees(ToolDiscoveryConfig.defaults().withK1(2.0).withB(0.3)
                .withFieldWeight(SearchField.ARG_DESCRIPTIONS, 0).withFieldWeight(SearchField.TITLE, 4), query);
        assertAgrees(ToolDiscoveryConfig.defaults().withK1(0).withB(1), query);
    }

    private static void assertAgrees(ToolDiscoveryConfig config, String query) {
        List<SearchHit> expected = new ReferenceBm25f(SNAPSHOT, config).rank(query);
        List<SearchHit> actual = ToolDiscovery.of(SNAPSHOT, config).search(query, 1000);
        assertEquals(expected.size(), actual.size(), "hit count for " + query);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-5 * Math.max(1, expected.get(i).score()),
                    "score at rank " + i + " for " + query);
            // Scores that agree to float precision may order differently only if they are that close.
            if (!expected.get(i).qualifiedName().equals(actual.get(i).qualifiedName())) {
                assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-5,
                        "rank " + i + " differs for " + query);
            }
        }
    }
}
