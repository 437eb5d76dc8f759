package io.mcpbench.compare.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real multi-fork JMH files split into two halves by fork and merged again must give back JMH's
 * own summaries: the merge recomputes them as JMH does.
 */
class RealForkSplitTest {

    private static ArrayNode load(String name) throws Exception {
        try (InputStream in = RealForkSplitTest.class.getResourceAsStream("/jmh-real/" + name)) {
            return JmhJson.parse(name, in.readAllBytes());
        }
    }

    /** The entries with each metric's forks {@code [from, to)} only. */
    private static ArrayNode slice(ArrayNode original, int from, int to) {
        ArrayNode out = original.deepCopy();
        for (JsonNode e : out.values()) {
            sliceMetric((ObjectNode) e.get("primaryMetric"), from, to);
            for (Map.Entry<String, JsonNode> s : e.path("secondaryMetrics").properties()) sliceMetric((ObjectNode) s.getValue(), from, to);
        }
        return out;
    }

    private static void sliceMetric(ObjectNode metric, int from, int to) {
        for (String field : new String[] {"rawData", "rawDataHistogram"}) {
            JsonNode forks = metric.get(field);
            if (forks == null || !forks.isArray()) continue;
            ArrayNode kept = metric.putArray(field);
            for (int i = from; i < Math.min(to, forks.size()); i++) kept.add(forks.get(i));
        }
    }

    private static void assertClose(JsonNode expected, JsonNode actual, String what) {
        double e = MetricStatistics.number(expected);
        double a = MetricStatistics.number(actual);
        if (Double.isNaN(e)) {
            assertTrue(Double.isNaN(a), what + ": expected NaN, got " + a);
        } else {
            assertEquals(e, a, Math.max(1e-9, Math.abs(e) * 1e-9), what);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"guyko__weighted-lottery__jmh-result.json", "kamilkloch__fs2-benchmark__jmh-result.json",
        "LTE1916__CS209Lab__jmh-result.json", "vietj__pg-client-concurrency-benchmark__jmh-result.json"})
    void splittingForksAndMergingGivesBackJmhsSummaries(String file) throws Exception {
        ArrayNode original = load(file);
        ArrayNode merged = ResultMerger.merge(List.of(
                new ResultMerger.Named("a", slice(original, 0, 1)), new ResultMerger.Named("b", slice(original, 1, Integer.MAX_VALUE))));
        assertEquals(original.size(), merged.size());
        int checked = 0;
        for (int i = 0; i < original.size(); i++) {
            JsonNode o = original.get(i);
            JsonNode m = merged.get(i);
            String name = o.path("benchmark").asString();
            JsonNode forks = o.path("primaryMetric").path("rawDataHistogram").isArray()
                    ? o.path("primaryMetric").path("rawDataHistogram") : o.path("primaryMetric").path("rawData");
            assertEquals(forks.size(), m.path("forks").asInt(), name);
            JsonNode op = o.path("primaryMetric");
            JsonNode mp = m.path("primaryMetric");
            assertClose(op.path("score"), mp.path("score"), name + " score");
            assertClose(op.path("scoreError"), mp.path("scoreError"), name + " scoreError");
            assertClose(op.path("scoreConfidence").get(0), mp.path("scoreConfidence").get(0), name + " scoreConfidence[0]");
            assertClose(op.path("scoreConfidence").get(1), mp.path("scoreConfidence").get(1), name + " scoreConfidence[1]");
            for (String p : op.path("scorePercentiles").propertyNames()) {
                assertClose(op.path("scorePercentiles").path(p), mp.path("scorePercentiles").path(p), name + " p" + p);
            }
            JsonNode alloc = o.path("secondaryMetrics").path("·gc.alloc.rate.norm");
            if (alloc.isObject()) {
                assertClose(alloc.path("score"), m.path("secondaryMetrics").path("·gc.alloc.rate.norm").path("score"), name + " alloc");
            }
            checked++;
        }
        assertTrue(checked > 0);
    }
}
