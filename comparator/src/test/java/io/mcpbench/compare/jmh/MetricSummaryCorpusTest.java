package io.mcpbench.compare.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JMH's own numbers, recomputed: every entry of every readable corpus file (JMH 1.19 to 1.37,
 * every mode), its summaries rewritten from the raw data by {@link MetricSummary} under the rule
 * each metric's numbers show, must give back what JMH wrote, for the primary and every secondary
 * metric. Scores are bit-identical; percentiles agree to rounding (JMH's older versions printed
 * values rounded, then computed on the unrounded ones); errors and intervals agree to 1e-9
 * relative, because JMH's t quantile comes from Commons Math's inverse, which stops at an
 * absolute accuracy of 1e-9 (see {@link Score}). The one thing no tool can recover is left out:
 * a SampleTime primary that old JMH wrote without histograms, whose score weighted each iteration
 * by a sample count the file does not keep.
 */
class MetricSummaryCorpusTest {

    @ParameterizedTest
    @MethodSource("io.mcpbench.compare.jmh.ScoreTest#readableCorpusFiles")
    void everySummaryIsWhatJmhWrote(String name) throws Exception {
        ArrayNode original = JmhJson.parse(name, Files.readAllBytes(ScoreTest.corpus().resolve(name)));
        int metrics = 0;
        int index = 0;
        for (JsonNode o : original.values()) {
            ObjectNode e = (ObjectNode) o.deepCopy();
            MetricSummary.summarise(e, rulesShownBy(o)::get);
            String where = name + ": entry " + index++ + " " + o.path("benchmark").asString();
            boolean unweighted = "sample".equals(o.path("mode").asString())
                    && !o.path("primaryMetric").path("rawDataHistogram").isArray();
            if (!unweighted) metrics += compare(o.path("primaryMetric"), e.path("primaryMetric"), where);
            for (Map.Entry<String, JsonNode> s : o.path("secondaryMetrics").properties()) {
                boolean derived = !Double.isNaN(MetricSummary.derivedPercent(o, s.getKey()));
                if (unweighted && derived) continue;
                metrics += compare(s.getValue(), e.path("secondaryMetrics").path(s.getKey()), where + ":" + s.getKey());
            }
        }
        assertTrue(metrics > 0, name + ": no metric compared");
    }

    /** The rule each metric's own numbers show, settled on one aggregation as JMH applied it. */
    private static Map<String, SummaryRule> rulesShownBy(JsonNode entry) {
        int iterations = MetricSummary.iterations(entry.path("primaryMetric"));
        Map<String, SummaryRule> rules = new HashMap<>();
        rules.put(MetricSummary.PRIMARY, settled(SummaryRule.of(entry.path("primaryMetric"), iterations)));
        for (Map.Entry<String, JsonNode> s : entry.path("secondaryMetrics").properties()) {
            rules.put(s.getKey(), settled(SummaryRule.of(s.getValue(), iterations)));
        }
        return rules;
    }

    private static SummaryRule settled(SummaryRule r) {
        return new SummaryRule(EnumSet.of(r.aggregation()), r.fillsMissingWithZeros());
    }

    /** 1 when the metric has numbers to compare (0 for text-only profiler output). */
    private static int compare(JsonNode jmh, JsonNode ours, String what) {
        double score = JmhJson.number(jmh.path("score"));
        if (Double.isNaN(score)) return 0;
        assertEquals(score, JmhJson.number(ours.path("score")), 0.0, what + " score");
        close(jmh.path("scoreError"), ours.path("scoreError"), 1e-9, what + " error");
        close(jmh.path("scoreConfidence").path(0), ours.path("scoreConfidence").path(0), 1e-9, what + " interval");
        close(jmh.path("scoreConfidence").path(1), ours.path("scoreConfidence").path(1), 1e-9, what + " interval");
        for (Map.Entry<String, JsonNode> p : jmh.path("scorePercentiles").properties()) {
            close(p.getValue(), ours.path("scorePercentiles").path(p.getKey()), 1e-14, what + " p" + p.getKey());
        }
        return 1;
    }

    private static void close(JsonNode expected, JsonNode actual, double relative, String what) {
        double e = JmhJson.number(expected);
        double a = JmhJson.number(actual);
        if (Double.isNaN(e)) {
            assertTrue(Double.isNaN(a), what + ": JMH wrote NaN, got " + actual);
        } else {
            assertEquals(e, a, Math.abs(e) * relative, what);
        }
    }
}
