package io.mcpbench.core.discovery;

import static io.mcpbench.core.discovery.TestTools.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpbench.core.catalog.CatalogSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BM25F scores checked against numbers worked out by hand from the formula. */
class Bm25ScoringTest {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /*
     * Three tools on server "s" (entries s__a, s__b, s__c), only TITLE (weight 2) and DESCRIPTION
     * (weight 1) indexed. Terms after stop words, and weighted lengths (2 x title + description):
     *   s__a  title [weather, forecast]  description [get, weather, forecast, city]        2 x 2 + 4 = 8
     *   s__b  title [city, guide]        description [find, restaurants, city]             2 x 2 + 3 = 7
     *   s__c  title [stock, quotes]      description [latest, stock, prices, market, news] 2 x 2 + 5 = 9
     * Mean weighted length 8. N = 3.
     */
    private final CatalogSnapshot snapshot = CatalogSnapshot.of(Map.of("s", List.of(
            tool("a", "Weather forecast", "Get the weather forecast for a city"),
            tool("b", "City guide", "Find restaurants in a city"),
            tool("c", "Stock quotes", "Latest stock prices and market news"))));

    private final ToolDiscoveryConfig config = TestTools.onlyFields(SearchField.TITLE, SearchField.DESCRIPTION)
            .withFieldWeight(SearchField.TITLE, 2.0)
            .withFieldWeight(SearchField.DESCRIPTION, 1.0);

    @Test
    void scoresMatchHandComputedBm25f() {
        // weather: in 1 of 3 documents; city: in 2 of 3.
        double idfWeather = Math.log(1 + (3 - 1 + 0.5) / (1 + 0.5));
        double idfCity = Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5));
        // s__a: weighted length 8 of mean 8, so its length factor is 1.
        double aNorm = 1 - B + B * 8 / 8.0;
        double aWeather = 2.0 * 1 + 1.0 * 1;   // once in the title, once in the description
        double aCity = 1.0 * 1;                // once in the description
        // s__b: weighted length 7 of mean 8; city once in the title and once in the description.
        double bNorm = 1 - B + B * 7 / 8.0;    // = 0.90625
        double bCity = 2.0 * 1 + 1.0 * 1;
        double expectedA = idfWeather * aWeather / (aWeather + K1 * aNorm) + idfCity * aCity / (aCity + K1 * aNorm);
        double expectedB = idfCity * bCity / (bCity + K1 * bNorm);

        List<SearchHit> hits = ToolDiscovery.of(snapshot, config).search("weather city");

        assertEquals(2, hits.size());
        assertEquals("s__a", hits.get(0).qualifiedName());
        assertEquals(expectedA, hits.get(0).score(), 1e-5);
        assertEquals("s__b", hits.get(1).qualifiedName());
        assertEquals(expectedB, hits.get(1).score(), 1e-5);
        // The literal values, so a change to the formula above cannot go unnoticed.
        assertEquals(0.91423, expectedA, 1e-5);
        assertEquals(0.34496, expectedB, 1e-5);
    }

    @Test
    void oneLengthForTheWholeDocument() {
        // Same title; s__b's longer description lengthens the whole document, so its title match
        // counts less than s__a's: weighted lengths 2 x 1 + 1 = 3 and 2 x 1 + 3 = 5.
        CatalogSnapshot two = CatalogSnapshot.of(Map.of("s", List.of(
                tool("a", "Alpha", "beta"),
                tool("b", "Alpha", "gamma delta epsilon"))));
        double idf = Math.log(1 + (2 - 2 + 0.5) / (2 + 0.5));
        double mean = (3 + 5) / 2.0;

        List<SearchHit> hits = ToolDiscovery.of(two, config).search("alpha");

        assertEquals(List.of("s__a", "s__b"), List.of(hits.get(0).qualifiedName(), hits.get(1).qualifiedName()));
        assertEquals(idf * 2 / (2 + K1 * (1 - B + B * 3 / mean)), hits.get(0).score(), 1e-5);
        assertEquals(idf * 2 / (2 + K1 * (1 - B + B * 5 / mean)), hits.get(1).score(), 1e-5);
    }

    @Test
    void idfIsLuceneIdf() {
        DiscoveryIndex index = DiscoveryIndex.build(snapshot, config);
        assertEquals(Math.log(1 + 2.5 / 1.5), index.bm25().idf("weather"), 1e-6);
        assertEquals(Math.log(1 + 1.5 / 2.5), index.bm25().idf("city"), 1e-6);
        assertEquals(Double.NaN, index.bm25().idf("s"), "NAME is not indexed at weight 0");
        assertEquals(Double.NaN, index.bm25().idf("the"), "stop words are not indexed");
        // weather forecast get city guide find restaurants stock quotes latest prices market news
        assertEquals(13, index.bm25().termCount());
    }

    @Test
    void repeatedTermInOneFieldSaturates() {
        CatalogSnapshot twice = CatalogSnapshot.of(Map.of("s", List.of(
                tool("a", null, "alpha alpha"),
                tool("b", null, "beta gamma"))));
        ToolDiscoveryConfig descriptionOnly = TestTools.onlyFields(SearchField.DESCRIPTION);
        // alpha: tf 2, length 2 of mean 2, so tf~ = 2; idf with n = 1 of N = 2.
        double expected = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5)) * 2 / (K1 + 2);

        List<SearchHit> hits = ToolDiscovery.of(twice, descriptionOnly).search("alpha");

        assertEquals(1, hits.size());
        assertEquals(expected, hits.get(0).score(), 1e-5);
    }

    @Test
    void repeatedQueryTermCountsTwice() {
        ToolDiscovery discovery = ToolDiscovery.of(snapshot, config);
        double once = discovery.search("city").get(0).score();
        double twice = discovery.search("city city").get(0).score();
        assertEquals(2 * once, twice, 1e-5);
    }
}
