package io.mcpbench.core.discovery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Search quality on the hand-made sample catalog: a query made of a tool's own three rarest words
 * (rarest across the catalog, as a user who knows what sets the tool apart would type them) finds
 * that tool first. The sample has 48 tools whose names share verbs (get, list, create, search), so
 * chance is about 2%.
 */
class SearchQualityTest {

    /** Three rarest words from any field: measured 48 of 48; two misses allowed. */
    private static final double REQUIRED_TOP1_RATE = 0.95;

    /** Two rarest words of the description alone: measured 48 of 48; two misses allowed. */
    private static final double REQUIRED_DESCRIPTION_TOP1_RATE = 0.95;

    @Test
    void distinctiveWordsFindTheirToolFirst() {
        assertTopOneRate(3, SearchField.values(), REQUIRED_TOP1_RATE);
    }

    @Test
    void twoDescriptionWordsFindTheirToolFirstMostOfTheTime() {
        assertTopOneRate(2, new SearchField[] {SearchField.DESCRIPTION}, REQUIRED_DESCRIPTION_TOP1_RATE);
    }

    private static void assertTopOneRate(int words, SearchField[] from, double required) {
        CatalogSnapshot snapshot = SampleCatalog.snapshot();
        ToolDiscovery discovery = ToolDiscovery.of(snapshot, ToolDiscoveryConfig.defaults());
        Map<String, Integer> documentFrequency = documentFrequencies(snapshot);

        int first = 0;
        List<String> misses = new ArrayList<>();
        for (CatalogEntry entry : snapshot.entries()) {
            String query = distinctiveQuery(entry, from, documentFrequency, words);
            List<SearchHit> hits = discovery.search(query, 1);
            if (!hits.isEmpty() && hits.get(0).qualifiedName().equals(entry.qualifiedName())) {
                first++;
            } else {
                misses.add(entry.qualifiedName() + " <- '" + query + "'");
            }
        }
        double rate = (double) first / snapshot.size();
        assertTrue(rate >= required, "top-1 rate " + rate + ", misses: " + misses);
    }

    static Map<String, Integer> documentFrequencies(CatalogSnapshot snapshot) {
        Map<String, Integer> df = new HashMap<>();
        for (CatalogEntry entry : snapshot.entries()) {
            for (String term : terms(entry, SearchField.values())) {
                df.merge(term, 1, Integer::sum);
            }
        }
        return df;
    }

    /** The tool's {@code count} rarest distinct terms; ties keep the order the terms first appear in. */
    static String distinctiveQuery(CatalogEntry entry, SearchField[] from, Map<String, Integer> documentFrequency,
                                   int count) {
        List<String> candidates = new ArrayList<>(terms(entry, from));
        candidates.sort((a, b) -> Integer.compare(documentFrequency.get(a), documentFrequency.get(b)));
        return String.join(" ", candidates.subList(0, Math.min(count, candidates.size())));
    }

    private static Set<String> terms(CatalogEntry entry, SearchField[] from) {
        ToolText text = ToolText.of(entry);
        Set<String> terms = new LinkedHashSet<>();
        for (SearchField f : from) {
            terms.addAll(Tokenizer.tokens(text.field(f)));
        }
        return terms;
    }
}
