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
     * (weight 1) indexed. Terms after stop words:
     *   s__a  title [weather, forecast]  description [get, weather, forecast, city]        lengths 2, 4
     *   s__b  title [city, guide]        description [find, restaurants, city]             lengths 2, 3
     *   s__c  title [stock, quotes]      description [latest, stock, prices, market, news] lengths 2, 5
     * Mean lengths: title 2, description 4. N = 3.
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
        // s__a: weather once in title (len 2 of mean 2) and once in description (len 4 of mean 4).
        double aWeather = 2.0 * 1 / (1 - B + B * 2 / 2.0) + 1.0 * 1 / (1 - B + B * 4 / 4.0);   // = 3
        double aCity = 1.0 * 1 / (1 - B + B * 4 / 4.0);                                        // = 1
        // s__b: city once in title (len 2) and once in description (len 3 of mean 4).
        double bCity = 2.0 * 1 / (1 - B + B * 2 / 2.0) + 1.0 * 1 / (1 - B + B * 3 / 4.0);       // = 2 + 1/0.8125
        double expectedA = idfWeather * aWeather / (K1 + aWeather) + idfCity * aCity / (K1 + aCity);
        double expectedB = idfCity * bCity / (K1 + bCity);

        List<SearchHit> hits = ToolDiscovery.of(snapshot, config).search("weather city");

        assertEquals(2, hits.size());
        assertEquals("s__a", hits.get(0).qualifiedName());
        assertEquals(expectedA, hits.get(0).score(), 1e-5);
        assertEquals("s__b", hits.get(1).qualifiedName());
        assertEquals(expectedB, hits.get(1).score(), 1e-5);
        // The literal values, so a change to the formula above cannot go unnoticed.
        assertEquals(0.91423, expectedA, 1e-5);
        assertEquals(0.34271, expectedB, 1e-5);
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
