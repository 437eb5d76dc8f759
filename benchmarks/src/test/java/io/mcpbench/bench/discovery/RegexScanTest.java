package io.mcpbench.bench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.discovery.SearchHit;
import io.mcpbench.core.discovery.SearchMode;
import io.mcpbench.core.discovery.ToolDiscovery;
import io.mcpbench.core.discovery.ToolDiscoveryConfig;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.query.Query;
import io.mcpbench.workload.query.QueryGenerator;
import io.mcpbench.workload.query.QueryKind;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** The plain scan answers what regex-mode tool discovery answers, so timing them compares like with like. */
class RegexScanTest {

    private static final CatalogSnapshot SNAPSHOT = new CatalogGenerator(20_261_120L).snapshot(1_000);

    @Test
    void findsWhatOurRegexSearchFinds() {
        ToolDiscovery ours = ToolDiscovery.of(SNAPSHOT, ToolDiscoveryConfig.defaults().withMode(SearchMode.REGEX));
        RegexScan scan = new RegexScan(SNAPSHOT);
        for (Query q : new QueryGenerator(6L).queries(SNAPSHOT, QueryKind.REGEX, 60)) {
            for (int limit : new int[] {1, 10, 1_000}) {
                assertEquals(names(ours.search(q.text(), limit)), names(scan.search(q.text(), limit)), q.text());
            }
        }
    }

    @Test
    void stopsAtTheLimitInCatalogOrder() {
        List<SearchHit> hits = new RegexScan(SNAPSHOT).search("(?i)^get", 3);
        assertEquals(3, hits.size());
        assertTrue(SNAPSHOT.indexOf(hits.get(0).qualifiedName()) < SNAPSHOT.indexOf(hits.get(1).qualifiedName()));
        assertTrue(SNAPSHOT.indexOf(hits.get(1).qualifiedName()) < SNAPSHOT.indexOf(hits.get(2).qualifiedName()));
    }

    @Test
    void badInputIsRefused() {
        RegexScan scan = new RegexScan(SNAPSHOT);
        assertThrows(IllegalArgumentException.class, () -> scan.search("get", 0));
        assertThrows(PatternSyntaxException.class, () -> scan.search("(get", 5));
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::qualifiedName).toList();
    }
}
