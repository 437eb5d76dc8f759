package io.mcpbench.compare.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A row's score and error against what JMH itself wrote into real result files. */
class ScoreTest {

    /** Real results that are not valid JSON (see the corpus manifest): nothing to compare with. */
    static final java.util.Set<String> BROKEN = java.util.Set.of(
            "Enaifuos__GoogleHashCode_VideoStreaming__benchmark_jmh-result.json",
            "ozkanpakdil__java-benchmarks__results_OpenJDK_64-Bit_Server_VM-Eclipse_Adoptium-17.0.6.json",
            "chrisgleissner__java-benchmarks__jmh-result-all__8b7db0b.json");

    static Path corpus() throws URISyntaxException {
        return Path.of(ScoreTest.class.getResource("/jmh-real/MANIFEST.md").toURI()).getParent();
    }

    static Stream<String> readableCorpusFiles() throws Exception {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !BROKEN.contains(n))
                    .sorted().toList().stream();
        }
    }

    private static Row row(double[][] forks) {
        return new Row(RowKey.of("a.B.m", "avgt", Map.of(), 1, RowKey.PRIMARY), "ns/op", forks, null);
    }

    @Test
    void threeValuesGiveTheStudentTHalfWidth() {
        Score s = Score.of(row(new double[][] {{1, 2}, {3}}));
        assertEquals(2.0, s.score(), 1e-12);
        // t(0.9995, 2) = 31.5990546 (SciPy t.ppf), s = 1, n = 3
        assertEquals(31.5990546 / Math.sqrt(3), s.error(), 1e-6);
        assertEquals(3, s.samples());
    }

    @Test
    void twoValuesHaveNoError() {
        Score s = Score.of(row(new double[][] {{4}, {6}}));
        assertEquals(5.0, s.score(), 1e-12);
        assertTrue(Double.isNaN(s.error()));
    }

    @Test
    void histogramSamplesAreWeightedByTheirCounts() {
        double[][][][] h = {{{{1, 3}, {5, 1}}}, {{{1, 1}}}};
        Row r = new Row(RowKey.of("a.B.m", "sample", Map.of(), 1, RowKey.PRIMARY), "us/op", new double[][] {{2}, {1}}, h);
        Score s = Score.of(r);
        assertEquals((1 * 3 + 5 + 1) / 5.0, s.score(), 1e-12);
        assertEquals(5, s.samples());
    }

    /**
     * Every primary score and allocation per op of every readable corpus file, against JMH's own
     * {@code score} and {@code scoreError}: exact where JMH averaged the same values, and within
     * 0.5% for sample-mode rows written without histograms (JMH weighted its mean by the samples
     * of each iteration, which the file does not keep).
     */
    @ParameterizedTest
    @MethodSource("readableCorpusFiles")
    void scoreAndErrorAreWhatJmhWrote(String name) throws Exception {
        Path file = corpus().resolve(name);
        ResultFile result = JmhResultReader.read(file);
        Map<RowKey, Row> rows = new HashMap<>();
        for (Row r : result.rows()) rows.put(r.key(), r);
        JsonNode root = JsonMapper.builder().build().readTree(Files.readAllBytes(file));
        int checked = 0;
        for (JsonNode entry : root) {
            TreeMap<String, String> params = new TreeMap<>();
            for (Map.Entry<String, JsonNode> p : entry.path("params").properties()) params.put(p.getKey(), p.getValue().asString());
            RowKey key = new RowKey(entry.path("benchmark").asString(), entry.path("mode").asString(), params,
                    entry.path("threads").asInt(1), RowKey.PRIMARY);
            checked += check(rows.get(key), entry.path("primaryMetric"), name);
            for (Map.Entry<String, JsonNode> m : entry.path("secondaryMetrics").properties()) {
                if (m.getKey().endsWith("gc.alloc.rate.norm")) {
                    checked += check(rows.get(key.withMetric("gc.alloc.rate.norm")), m.getValue(), name);
                }
            }
        }
        assertTrue(checked > 0, name + ": nothing compared");
    }

    /** Compares one row with the metric JMH wrote; 1 if compared, 0 if the file's values are not all finite. */
    private static int check(Row row, JsonNode metric, String file) {
        double jmhScore = number(metric.path("score"));
        int rawCount = 0;
        boolean finite = true;
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode v : fork) {
                rawCount++;
                finite &= Double.isFinite(number(v));
            }
        }
        boolean histogram = metric.path("rawDataHistogram").isArray() && !metric.path("rawDataHistogram").isEmpty();
        if (!finite || Double.isNaN(jmhScore) || (rawCount == 0 && !histogram)) return 0;
        String what = file + ": " + row.key().displayName();
        Score s = Score.of(row);
        boolean weightedByJmh = "sample".equals(row.key().mode()) && !row.hasHistograms() && row.key().isPrimary();
        assertEquals(jmhScore, s.score(), Math.abs(jmhScore) * (weightedByJmh ? 5e-3 : 1e-9) + 1e-300, what + " score");
        double jmhError = number(metric.path("scoreError"));
        if (!weightedByJmh && Double.isFinite(jmhError) && jmhError > 0) {
            assertEquals(jmhError, s.error(), jmhError * 1e-6, what + " error");
        }
        if (s.samples() <= 2) {
            assertTrue(Double.isNaN(s.error()), what + ": error of two values or fewer");
        }
        return 1;
    }

    private static double number(JsonNode n) {
        if (n.isNumber()) return n.doubleValue();
        if (n.isString()) {
            try {
                return Double.parseDouble(n.asString());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
