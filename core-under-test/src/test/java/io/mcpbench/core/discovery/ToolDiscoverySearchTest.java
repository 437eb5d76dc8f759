package io.mcpbench.core.discovery;

import static io.mcpbench.core.discovery.TestTools.objectSchema;
import static io.mcpbench.core.discovery.TestTools.string;
import static io.mcpbench.core.discovery.TestTools.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolDiscoverySearchTest {

    private static List<String> names(List<SearchHit> hits) {
        List<String> names = new ArrayList<>();
        for (SearchHit h : hits) {
            names.add(h.qualifiedName());
        }
        return names;
    }

    @Test
    void findsByNamePartsArgumentsAndProse() {
        CatalogSnapshot snapshot = CatalogSnapshot.of(Map.of(
                "github", List.of(
                        tool("searchRepositories", "Search repositories", "Find GitHub repositories by query",
                                objectSchema("query", string("Search text"), "per_page", string("Results per page"))),
                        tool("create_issue", "Create issue", "Open a new issue in a repository",
                                objectSchema("owner", string("Repository owner"), "title", string("Issue title")))),
                "files", List.of(
                        tool("read_v2", "Read file", "Read a file from disk",
                                objectSchema("path", string("Absolute path of the file"))))));
        ToolDiscovery discovery = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults());

        assertEquals("github__searchRepositories", discovery.search("search repositories").get(0).qualifiedName());
        assertEquals("github__searchRepositories", discovery.search("searchRepositories").get(0).qualifiedName());
        assertEquals("files__read_v2", discovery.search("v2").get(0).qualifiedName());
        assertEquals(List.of("github__searchRepositories"), names(discovery.search("perPage")));
        assertEquals(List.of("files__read_v2"), names(discovery.search("absolute")));
        assertEquals("github__create_issue", discovery.search("OPEN a new Issue").get(0).qualifiedName());
    }

    @Test
    void fieldWeightsDecideRanking() {
        CatalogSnapshot snapshot = CatalogSnapshot.of(Map.of("ops", List.of(
                tool("deploy_service", "Roll out", "Rolls out a release to production"),
                tool("rollback", "Roll back", "Undo a deploy; deploy history is kept"))));
        String query = "deploy";

        ToolDiscovery byName = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults());
        assertEquals(List.of("ops__deploy_service", "ops__rollback"), names(byName.search(query)));

        ToolDiscovery byDescription = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults()
                .withFieldWeight(SearchField.NAME, 0.1)
                .withFieldWeight(SearchField.DESCRIPTION, 5.0));
        assertEquals(List.of("ops__rollback", "ops__deploy_service"), names(byDescription.search(query)));

        ToolDiscovery nameOff = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults()
                .withFieldWeight(SearchField.NAME, 0.0));
        assertEquals(List.of("ops__rollback"), names(nameOff.search(query)), "a field of weight 0 is not searched");
    }

    @Test
    void equalScoresComeInCatalogOrder() {
        McpSchema.Tool lookup = tool("lookup", "Lookup", "Look up a record");
        CatalogSnapshot snapshot = CatalogSnapshot.of(Map.of(
                "zeta", List.of(lookup), "alpha", List.of(lookup), "mid", List.of(lookup), "beta", List.of(lookup)));
        ToolDiscovery discovery = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults());

        List<SearchHit> hits = discovery.search("lookup record");
        assertEquals(List.of("alpha__lookup", "beta__lookup", "mid__lookup", "zeta__lookup"), names(hits));
        assertEquals(hits.get(0).score(), hits.get(3).score());
        assertEquals(List.of("alpha__lookup", "beta__lookup"), names(discovery.search("lookup record", 2)));
        for (int i = 0; i < 20; i++) {
            assertEquals(hits, discovery.search("record lookup"));
        }
    }

    @Test
    void limitAndMinimumScoreAreRespected() {
        List<McpSchema.Tool> tools = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Descriptions of growing length: "report" weighs less in longer ones.
            tools.add(tool("tool" + i, null, "report " + "filler ".repeat(i)));
        }
        CatalogSnapshot snapshot = CatalogSnapshot.of(Map.of("s", tools));
        ToolDiscovery discovery = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults().withMaxResults(7));

        List<SearchHit> all = discovery.search("report", 100);
        assertEquals(30, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).score() >= all.get(i).score(), "scores descend");
        }
        assertEquals(7, discovery.search("report").size());
        assertEquals(all.subList(0, 5), discovery.search("report", 5));
        assertEquals(30, discovery.search("report", Integer.MAX_VALUE).size());

        double threshold = all.get(11).score();
        long atLeast = all.stream().filter(h -> h.score() >= threshold).count();
        ToolDiscovery strict = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults().withMinimumScore(threshold));
        List<SearchHit> kept = strict.search("report", 100);
        assertEquals(atLeast, kept.size());
        assertTrue(kept.size() < 30);
        for (SearchHit h : kept) {
            assertTrue(h.score() >= threshold);
        }
    }

    @Test
    void everyTermMatchingEveryToolIsScoredOncePerTool() throws Exception {
        List<McpSchema.Tool> tools = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tools.add(tool("t" + i, "Alpha", "alpha beta"));
        }
        ToolDiscovery discovery = ToolDiscovery.of(CatalogSnapshot.of(Map.of("s", tools)), ToolDiscoveryConfig.defaults());
        // A fresh thread has fresh per-thread working memory, sized to exactly this catalog.
        List<List<SearchHit>> result = new ArrayList<>();
        Thread fresh = new Thread(() -> result.add(discovery.search("alpha beta alpha", 10)));
        fresh.start();
        fresh.join();

        assertEquals(1, result.size(), "search on a fresh thread failed");
        assertEquals(List.of("s__t0", "s__t1", "s__t2", "s__t3", "s__t4"), names(result.get(0)));
    }

    @Test
    void emptyAndUnmatchedQueriesGiveNothing() {
        CatalogSnapshot snapshot = CatalogSnapshot.of(Map.of("s", List.of(tool("echo", "Echo", "Echo the input"))));
        ToolDiscovery discovery = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults());

        assertTrue(discovery.search("").isEmpty());
        assertTrue(discovery.search("   ").isEmpty());
        assertTrue(discovery.search("the of and").isEmpty());
        assertTrue(discovery.search("zebra quasar").isEmpty());
        assertFalse(discovery.search("zebra echo").isEmpty(), "one known term is enough");
        assertTrue(ToolDiscovery.of(CatalogSnapshot.empty(), ToolDiscoveryConfig.defaults()).search("echo").isEmpty());
    }

    @Test
    void badArgumentsAreRejected() {
        ToolDiscovery discovery = ToolDiscovery.of(CatalogSnapshot.empty(), ToolDiscoveryConfig.defaults());
        assertThrows(NullPointerException.class, () -> discovery.search(null));
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> discovery.search("x", 0));
        assertEquals("limit must be >= 1: 0", e.getMessage());
        assertThrows(NullPointerException.class, () -> ToolDiscovery.of(null, ToolDiscoveryConfig.defaults()));
    }

    @Test
    void resultsAreUnmodifiable() {
        CatalogSnapshot snapshot = CatalogSnapshot.of(Map.of("s", List.of(tool("echo", "Echo", "Echo the input"))));
        List<SearchHit> hits = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults()).search("echo");
        assertThrows(UnsupportedOperationException.class, () -> hits.set(0, null));
    }
}
