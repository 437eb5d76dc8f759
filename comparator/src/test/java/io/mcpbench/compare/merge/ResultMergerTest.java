package io.mcpbench.compare.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.model.BadInputException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

class ResultMergerTest {

    @TempDir
    Path dir;

    private Path resource(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private ArrayNode mergedAndReadBack() throws Exception {
        ArrayNode merged = ResultMerger.mergeFiles(List.of(resource("half1.json"), resource("half2.json")));
        Path out = dir.resolve("merged.json");
        Files.write(out, JmhJson.write(merged));
        return JmhJson.load(out);
    }

    private static JsonNode entry(ArrayNode entries, String benchmark) {
        for (JsonNode e : entries.values()) {
            if (e.path("benchmark").asString().equals(benchmark)) return e;
        }
        throw new AssertionError("no entry " + benchmark);
    }

    @Test
    void forksOfTheSameBenchmarkAreConcatenatedInFileOrder() throws Exception {
        ArrayNode merged = mergedAndReadBack();
        assertEquals(3, merged.size(), "two merged entries and one shard");
        JsonNode search = entry(merged, "io.mcpbench.bench.discovery.SearchBenchmark.bm25");
        JsonNode raw = search.path("primaryMetric").path("rawData");
        assertEquals(4, raw.size());
        assertEquals(1.0, raw.get(0).get(0).asDouble());
        assertEquals(12.0, raw.get(3).get(2).asDouble());
        assertEquals(4, search.path("forks").asInt());
        assertEquals(4, search.path("secondaryMetrics").path("gc.alloc.rate.norm").path("rawData").size());
    }

    @Test
    void theSummaryIsRecomputedOverAllIterations() throws Exception {
        JsonNode pm = entry(mergedAndReadBack(), "io.mcpbench.bench.discovery.SearchBenchmark.bm25").path("primaryMetric");
        // values 1..12: mean 6.5, sample variance 13
        assertEquals(6.5, pm.path("score").asDouble(), 1e-12);
        double t = TDistribution.of(11).inverseCumulativeProbability(0.9995);
        double err = t * Math.sqrt(13) / Math.sqrt(12);
        assertEquals(err, pm.path("scoreError").asDouble(), 1e-9);
        assertEquals(6.5 - err, pm.path("scoreConfidence").get(0).asDouble(), 1e-9);
        assertEquals(6.5 + err, pm.path("scoreConfidence").get(1).asDouble(), 1e-9);
        assertEquals(1.0, pm.path("scorePercentiles").path("0.0").asDouble());
        assertEquals(6.5, pm.path("scorePercentiles").path("50.0").asDouble(), 1e-12);
        assertEquals(12.0, pm.path("scorePercentiles").path("100.0").asDouble());
        JsonNode alloc = entry(mergedAndReadBack(), "io.mcpbench.bench.discovery.SearchBenchmark.bm25")
                .path("secondaryMetrics").path("gc.alloc.rate.norm");
        assertEquals(102.0, alloc.path("score").asDouble(), 1e-12);
    }

    @Test
    void sampleHistogramsAreConcatenatedAndWeighted() throws Exception {
        JsonNode pm = entry(mergedAndReadBack(), "io.mcpbench.bench.gateway.CallBenchmark.call").path("primaryMetric");
        assertEquals(2, pm.path("rawDataHistogram").size());
        // samples: 1.0 x3, 2.0 x1, 3.0 x4 -> mean 17/8
        assertEquals(17.0 / 8, pm.path("score").asDouble(), 1e-12);
        // JMH interpolates at position p (n + 1) / 100 = 4.5: halfway between the 4th (2.0) and 5th (3.0) sample
        assertEquals(2.5, pm.path("scorePercentiles").path("50.0").asDouble(), 1e-12);
        assertEquals(1.0, pm.path("scorePercentiles").path("0.0").asDouble());
        assertEquals(3.0, pm.path("scorePercentiles").path("100.0").asDouble());
        assertTrue(pm.path("scoreError").isNumber(), "n = 8 samples gives a finite error");
    }

    @Test
    void unknownFieldsTextOnlyMetricsAndLateSecondariesSurvive() throws Exception {
        JsonNode search = entry(mergedAndReadBack(), "io.mcpbench.bench.discovery.SearchBenchmark.bm25");
        assertTrue(search.path("customField").path("kept").asBoolean());
        assertEquals("-XX:+UseG1GC", search.path("jvmArgs").get(1).asString());
        JsonNode jfr = search.path("secondaryMetrics").path("·jfr");
        assertEquals("NaN", jfr.path("score").asString());
        assertEquals("---", jfr.path("scoreUnit").asString());
        // gc.time was measured in the second file only: an empty array for each fork of the first, as JMH writes it
        JsonNode gcTime = search.path("secondaryMetrics").path("gc.time").path("rawData");
        assertEquals(3, gcTime.size());
        assertEquals(0, gcTime.get(0).size());
        assertEquals(0, gcTime.get(1).size());
    }

    @Test
    void entriesSeenOnceAreCopiedUnchanged() throws Exception {
        JsonNode rr = entry(mergedAndReadBack(), "io.mcpbench.bench.routing.RouteBenchmark.rr");
        assertEquals(2000.0, rr.path("primaryMetric").path("score").asDouble());
        assertEquals("NaN", rr.path("primaryMetric").path("scoreError").asString());
        assertEquals(1, rr.path("forks").asInt());
    }

    @Test
    void sumAggregatedCountersStaySums() {
        String a = "[{\"benchmark\":\"x.Y.z\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":2.0,\"scoreUnit\":\"us/op\",\"rawData\":[[2.0,2.0]]},"
                + "\"secondaryMetrics\":{\"bytes\":{\"score\":30.0,\"scoreUnit\":\"#\",\"rawData\":[[10.0,20.0]]}}}]";
        String b = "[{\"benchmark\":\"x.Y.z\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":4.0,\"scoreUnit\":\"us/op\",\"rawData\":[[4.0,4.0]]},"
                + "\"secondaryMetrics\":{\"bytes\":{\"score\":70.0,\"scoreUnit\":\"#\",\"rawData\":[[30.0,40.0]]}}}]";
        ArrayNode m = ResultMerger.merge(List.of(new ResultMerger.Named("a", JmhJson.parse("a", a.getBytes())),
                new ResultMerger.Named("b", JmhJson.parse("b", b.getBytes()))));
        JsonNode e = m.get(0);
        assertEquals(3.0, e.path("primaryMetric").path("score").asDouble(), 1e-12);
        assertEquals(100.0, e.path("secondaryMetrics").path("bytes").path("score").asDouble(), 1e-12);
        assertEquals(2, e.path("forks").asInt());
    }

    @Test
    void mismatchedUnitsOrShapesAreOneLineErrors() {
        String a = "[{\"benchmark\":\"x.Y.z\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":2.0,\"scoreUnit\":\"us/op\",\"rawData\":[[2.0]]}}]";
        String b = "[{\"benchmark\":\"x.Y.z\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":2.0,\"scoreUnit\":\"ns/op\",\"rawData\":[[2.0]]}}]";
        MergeException e = assertThrows(MergeException.class, () -> ResultMerger.merge(List.of(
                new ResultMerger.Named("a.json", JmhJson.parse("a.json", a.getBytes())),
                new ResultMerger.Named("b.json", JmhJson.parse("b.json", b.getBytes())))));
        assertEquals("b.json: x.Y.z: unit ns/op differs from us/op in an earlier file", e.getMessage());
    }

    @Test
    void badInputFilesAreNamed() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertEquals(empty + ": empty file, no JMH results", assertThrows(BadInputException.class, () -> JmhJson.load(empty)).getMessage());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"benchmark\": ");
        assertTrue(assertThrows(BadInputException.class, () -> JmhJson.load(broken)).getMessage().startsWith(broken + ": invalid JSON: "));
        Path obj = dir.resolve("obj.json");
        Files.writeString(obj, "[{\"benchmark\": \"a\", \"mode\": \"avgt\"}]");
        assertEquals(obj + ": entry 0: no \"primaryMetric\" object", assertThrows(BadInputException.class, () -> JmhJson.load(obj)).getMessage());
        assertEquals(dir.resolve("none.json") + ": no such file",
                assertThrows(BadInputException.class, () -> JmhJson.load(dir.resolve("none.json"))).getMessage());
    }

    /** {@code merge OUT X X}, or X and a copy of it: refused, never the same forks counted twice. */
    @Test
    void theSameForksTwiceAreRefused() throws Exception {
        Path half = resource("half1.json");
        Path copy = dir.resolve("copy.json");
        Files.copy(half, copy);
        MergeException e = assertThrows(MergeException.class, () -> ResultMerger.mergeFiles(List.of(half, copy)));
        assertTrue(e.getMessage().startsWith(copy + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": a fork identical to one of an earlier file (the same result given twice?); "
                + "merging it would count it twice"), e.getMessage());
    }

    /** Entries whose params print alike ({@code {a=1, b=2}}) are two entries, each with its own forks. */
    @Test
    void paramsThatPrintAlikeStayTwoEntries() {
        String one = "{\"benchmark\":\"x.Y.z\",\"mode\":\"avgt\",\"params\":{\"a\":\"1, b=2\"},"
                + "\"primaryMetric\":{\"score\":1.0,\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0]]}}";
        String two = "{\"benchmark\":\"x.Y.z\",\"mode\":\"avgt\",\"params\":{\"a\":\"1\",\"b\":\"2\"},"
                + "\"primaryMetric\":{\"score\":2.0,\"scoreUnit\":\"ns/op\",\"rawData\":[[2.0]]}}";
        ArrayNode merged = ResultMerger.merge(List.of(
                new ResultMerger.Named("a.json", JmhJson.parse("a.json", ("[" + one + "," + two + "]").getBytes())),
                new ResultMerger.Named("b.json", JmhJson.parse("b.json", ("[" + one.replace("[[1.0]]", "[[1.5]]") + ","
                        + two.replace("[[2.0]]", "[[2.5]]") + "]").getBytes()))));
        assertEquals(2, merged.size());
        assertEquals(2, merged.get(0).path("forks").asInt());
        assertEquals(2, merged.get(1).path("forks").asInt());
    }
}
