package io.mcpbench.compare.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.jmh.MetricSummary;
import io.mcpbench.compare.jmh.SummaryRule;
import io.mcpbench.compare.model.BadInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every real multi-fork JMH file, split by fork into files as JMH would have written them for
 * those forks alone and merged again, must give back JMH's own summaries: the score, error,
 * confidence interval and percentiles of the primary and of every secondary metric (GC churn
 * missing from some iterations, event counters, sample-mode percentiles, text-only profilers).
 */
class RealForkSplitTest {

    /** The corpus files with more than one fork; fewer would mean the corpus went missing. */
    private static final int MULTI_FORK_FILES = 14;

    static Stream<String> multiForkFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(RealForkSplitTest.class.getResource("/jmh-real").toURI());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".json")) continue;
                ArrayNode entries;
                try {
                    entries = JmhJson.parse(name, Files.readAllBytes(p));
                } catch (BadInputException e) {
                    continue; // the corpus keeps a few broken files on purpose
                }
                for (JsonNode e : entries.values()) {
                    if (forks(e) > 1) {
                        names.add(name);
                        break;
                    }
                }
            }
        }
        return names.stream();
    }

    @Test
    void theCorpusHasItsMultiForkFiles() throws Exception {
        assertEquals(MULTI_FORK_FILES, multiForkFiles().count());
    }

    private static ArrayNode load(String name) throws Exception {
        return JmhJson.parse(name, Files.readAllBytes(Path.of(RealForkSplitTest.class.getResource("/jmh-real/" + name).toURI())));
    }

    private static int forks(JsonNode entry) {
        JsonNode pm = entry.path("primaryMetric");
        return (pm.path("rawDataHistogram").isArray() ? pm.path("rawDataHistogram") : pm.path("rawData")).size();
    }

    /**
     * The entries as JMH would have written them for forks {@code [from, to)} alone: raw data of
     * those forks, summaries recomputed by the rule each metric of the original shows, a
     * secondary metric none of those forks measured left out (JMH writes only metrics it saw), an
     * entry without such forks left out.
     */
    private static ArrayNode slice(ArrayNode original, int from, int to) {
        ArrayNode out = JmhJson.newArray();
        for (JsonNode o : original.values()) {
            if (forks(o) <= from) continue;
            int iterations = MetricSummary.iterations(o.path("primaryMetric"));
            Map<String, SummaryRule> rules = new HashMap<>();
            rules.put(MetricSummary.PRIMARY, settled(SummaryRule.of(o.path("primaryMetric"), iterations)));
            ObjectNode e = (ObjectNode) o.deepCopy();
            sliceMetric((ObjectNode) e.get("primaryMetric"), from, to);
            JsonNode secondaries = e.path("secondaryMetrics");
            for (Iterator<Map.Entry<String, JsonNode>> it = secondaries.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> s = it.next();
                rules.put(s.getKey(), settled(SummaryRule.of(o.path("secondaryMetrics").path(s.getKey()), iterations)));
                ObjectNode metric = (ObjectNode) s.getValue();
                boolean measured = JmhJson.values(metric.path("rawData")).length > 0;
                sliceMetric(metric, from, to);
                if (measured && JmhJson.values(metric.path("rawData")).length == 0) it.remove();
            }
            MetricSummary.summarise(e, rules::get);
            out.add(e);
        }
        return out;
    }

    /** The rule as JMH applied it: one aggregation, zeros or not. */
    private static SummaryRule settled(SummaryRule r) {
        return new SummaryRule(EnumSet.of(r.aggregation()), r.fillsMissingWithZeros());
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
        double e = JmhJson.number(expected);
        double a = JmhJson.number(actual);
        if (Double.isNaN(e)) {
            assertTrue(Double.isNaN(a), what + ": expected NaN, got " + actual);
        } else {
            assertEquals(e, a, Math.max(1e-12, Math.abs(e) * 1e-9), what);
        }
    }

    /** Every summary number of every metric of {@code expected} is in {@code actual}; returns how many metrics. */
    private static int assertSameSummaries(ArrayNode expected, ArrayNode actual, String file) {
        assertEquals(expected.size(), actual.size(), file);
        int metrics = 0;
        for (int i = 0; i < expected.size(); i++) {
            JsonNode o = expected.get(i);
            JsonNode m = actual.get(i);
            String name = file + ": " + o.path("benchmark").asString() + " " + o.path("mode").asString() + " " + o.path("params");
            assertEquals(o.path("benchmark").asString(), m.path("benchmark").asString(), name);
            assertEquals(forks(o), m.path("forks").asInt(), name + " forks");
            if (weightedByUnknownCounts(o)) {
                assertEquals(o.path("primaryMetric").path("rawData"), m.path("primaryMetric").path("rawData"), name);
            } else {
                assertMetric(o.path("primaryMetric"), m.path("primaryMetric"), name);
                metrics++;
            }
            for (Map.Entry<String, JsonNode> s : o.path("secondaryMetrics").properties()) {
                JsonNode merged = m.path("secondaryMetrics").path(s.getKey());
                assertTrue(merged.isObject(), name + ": secondary " + s.getKey() + " lost");
                assertMetric(s.getValue(), merged, name + ":" + s.getKey());
                assertEquals(s.getValue().path("rawData").size(), merged.path("rawData").size(), name + ":" + s.getKey() + " fork arrays");
                metrics++;
            }
            assertEquals(o.path("secondaryMetrics").size(), m.path("secondaryMetrics").size(), name + " secondary metrics");
        }
        return metrics;
    }

    /**
     * Old JMH wrote a sample-mode score without {@code rawDataHistogram}: the mean of every
     * sample, with only each iteration's mean in the file, so how many samples each iteration
     * had (the weights) is lost and the score cannot be recomputed from the file (juddgaddie).
     */
    private static boolean weightedByUnknownCounts(JsonNode entry) {
        return "sample".equals(entry.path("mode").asString()) && !entry.path("primaryMetric").path("rawDataHistogram").isArray();
    }

    private static void assertMetric(JsonNode o, JsonNode m, String name) {
        assertClose(o.path("score"), m.path("score"), name + " score");
        assertClose(o.path("scoreError"), m.path("scoreError"), name + " scoreError");
        assertClose(o.path("scoreConfidence").path(0), m.path("scoreConfidence").path(0), name + " scoreConfidence[0]");
        assertClose(o.path("scoreConfidence").path(1), m.path("scoreConfidence").path(1), name + " scoreConfidence[1]");
        for (String p : o.path("scorePercentiles").propertyNames()) {
            assertClose(o.path("scorePercentiles").path(p), m.path("scorePercentiles").path(p), name + " percentile " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("multiForkFiles")
    void splittingEveryForkAndMergingGivesBackJmhsSummaries(String file) throws Exception {
        ArrayNode original = load(file);
        int most = 0;
        for (JsonNode e : original.values()) most = Math.max(most, forks(e));
        List<ResultMerger.Named> parts = new ArrayList<>();
        for (int f = 0; f < most; f++) parts.add(new ResultMerger.Named("fork" + f, slice(original, f, f + 1)));
        assertTrue(assertSameSummaries(original, ResultMerger.merge(parts), file) > 0);
    }

    @ParameterizedTest
    @MethodSource("multiForkFiles")
    void mergingTheFirstForkWithTheRestGivesBackJmhsSummaries(String file) throws Exception {
        ArrayNode original = load(file);
        ArrayNode merged = ResultMerger.merge(List.of(
                new ResultMerger.Named("a", slice(original, 0, 1)), new ResultMerger.Named("b", slice(original, 1, Integer.MAX_VALUE))));
        assertTrue(assertSameSummaries(original, merged, file) > 0);
    }

    @ParameterizedTest
    @MethodSource("multiForkFiles")
    void summarisingAJmhFileAgainChangesNoNumber(String file) throws Exception {
        ArrayNode original = load(file);
        ArrayNode again = slice(original, 0, Integer.MAX_VALUE);
        assertSameSummaries(original, again, file);
    }

    @Test
    void churnMissingFromSomeIterationsCountsThoseIterationsAsZeros() throws Exception {
        // JMH 0.009853 for gc.churn.PS_Survivor_Space over 25 iterations of which 18 saw a collection;
        // the mean of the 18 alone would be 0.013685
        ArrayNode original = load("guyko__weighted-lottery__jmh-result.json");
        JsonNode entry = null;
        for (JsonNode e : original.values()) {
            if (e.path("benchmark").asString().endsWith("ManySamplesWithRepetitionsPowerDistBenchmark.twistedAlias")) entry = e;
        }
        JsonNode churn = entry.path("secondaryMetrics").path("·gc.churn.PS_Survivor_Space");
        assertEquals(18, JmhJson.values(churn.path("rawData")).length);
        List<ResultMerger.Named> parts = new ArrayList<>();
        for (int f = 0; f < 5; f++) parts.add(new ResultMerger.Named("fork" + f, slice(original, f, f + 1)));
        JsonNode merged = null;
        for (JsonNode e : ResultMerger.merge(parts).values()) {
            if (e.path("benchmark").asString().endsWith("ManySamplesWithRepetitionsPowerDistBenchmark.twistedAlias")) merged = e;
        }
        JsonNode m = merged.path("secondaryMetrics").path("·gc.churn.PS_Survivor_Space");
        assertEquals(0.009853065938641848, m.path("score").asDouble(), 1e-15);
        assertEquals(churn.path("scoreError").asDouble(), m.path("scoreError").asDouble(), 1e-12);
    }

    @Test
    void anAllZeroCounterHasNoErrorAsInJmh() throws Exception {
        // gc.count is a sum: JMH writes error "NaN" and the interval [0.0, 0.0] for one that stayed at 0
        ArrayNode original = load("jabrena__101-jmh__jmh-results.json");
        List<ResultMerger.Named> parts = List.of(new ResultMerger.Named("a", slice(original, 0, 1)),
                new ResultMerger.Named("b", slice(original, 1, 2)));
        int zeros = 0;
        for (JsonNode e : ResultMerger.merge(parts).values()) {
            JsonNode count = e.path("secondaryMetrics").path("·gc.count");
            if (count.isObject() && count.path("score").asDouble() == 0) {
                zeros++;
                assertEquals("NaN", count.path("scoreError").asString());
                assertEquals(0.0, count.path("scoreConfidence").get(0).asDouble());
            }
        }
        assertTrue(zeros > 0);
    }
}
