package io.mcpbench.compare.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SummaryRuleTest {

    private static JsonNode metric(String json) {
        return JsonMapper.builder().build().readTree(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFiniteErrorIsAMean() {
        SummaryRule r = SummaryRule.of(metric("{\"score\": 2.0, \"scoreError\": 0.5, \"scoreConfidence\": [1.5, 2.5], "
                + "\"rawData\": [[1.0, 2.0, 3.0]]}"), 3);
        assertEquals(EnumSet.of(Aggregation.AVG), r.aggregations());
        assertNull(r.zeroFilled(), "every iteration present: zeros or not cannot be told");
    }

    @Test
    void noErrorWithAPointIntervalIsASumEvenWhenEveryValueIsZero() {
        SummaryRule r = SummaryRule.of(metric("{\"score\": 0.0, \"scoreError\": \"NaN\", \"scoreConfidence\": [0.0, 0.0], "
                + "\"rawData\": [[0.0, 0.0, 0.0]]}"), 3);
        assertFalse(r.aggregations().contains(Aggregation.AVG));
        assertEquals(Aggregation.SUM, r.aggregation());
    }

    @Test
    void theScoreShowsWhetherMissingIterationsWereZeros() {
        String values = "\"scoreError\": 1.0, \"scoreConfidence\": [0.0, 2.0], \"rawData\": [[2.0, 4.0], []]";
        assertTrue(SummaryRule.of(metric("{\"score\": 1.5, " + values + "}"), 4).zeroFilled());
        assertFalse(SummaryRule.of(metric("{\"score\": 3.0, " + values + "}"), 4).zeroFilled());
    }

    @Test
    void filesAreJoinedAndWhatStaysOpenTakesTheCommonCase() {
        SummaryRule open = SummaryRule.UNKNOWN;
        assertEquals(Aggregation.AVG, open.aggregation());
        assertTrue(open.fillsMissingWithZeros());
        SummaryRule sum = new SummaryRule(EnumSet.of(Aggregation.SUM, Aggregation.MAX), false);
        SummaryRule joined = open.and(sum);
        assertEquals(Aggregation.SUM, joined.aggregation());
        assertFalse(joined.fillsMissingWithZeros());
        assertEquals(Aggregation.SUM, sum.and(new SummaryRule(EnumSet.of(Aggregation.AVG), true)).aggregation(),
                "a contradiction keeps the first file's rule");
    }

    @Test
    void textOnlyMetricsTellNothing() {
        assertEquals(SummaryRule.UNKNOWN, SummaryRule.of(metric("{\"score\": \"NaN\", \"rawData\": [[], []]}"), 2));
    }
}
