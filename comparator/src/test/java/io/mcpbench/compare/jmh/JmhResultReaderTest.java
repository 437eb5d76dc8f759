package io.mcpbench.compare.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JmhResultReaderTest {

    private static final Set<String> BROKEN = Set.of(
            "Enaifuos__GoogleHashCode_VideoStreaming__benchmark_jmh-result.json",
            "ozkanpakdil__java-benchmarks__results_OpenJDK_64-Bit_Server_VM-Eclipse_Adoptium-17.0.6.json",
            "chrisgleissner__java-benchmarks__jmh-result-all__8b7db0b.json");

    static Path corpus() throws URISyntaxException {
        return Path.of(JmhResultReaderTest.class.getResource("/jmh-real/MANIFEST.md").toURI()).getParent();
    }

    static Stream<String> corpusFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    private static ResultFile read(String name) throws URISyntaxException {
        return JmhResultReader.read(corpus().resolve(name));
    }

    @Test
    void corpusHasAllThirtyNineFiles() throws Exception {
        assertEquals(39, corpusFiles().count());
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void everyCorpusFileLoadsOrIsRefusedInOneLine(String name) throws Exception {
        if (BROKEN.contains(name)) {
            BadInputException e = assertThrows(BadInputException.class, () -> read(name));
            assertOneLineNaming(e, name);
            return;
        }
        ResultFile file = read(name);
        assertFalse(file.rows().isEmpty(), name);
        for (Row row : file.rows()) {
            assertTrue(row.forkCount() > 0, row.key().displayName());
            for (double[] fork : row.forks()) {
                for (double v : fork) {
                    assertTrue(Double.isFinite(v), row.key().displayName());
                }
            }
            assertFalse(row.key().metric().contains("\u00b7"), row.key().metric());
            assertFalse(row.unit().equals("---"), row.key().displayName());
        }
    }

    @Test
    void brokenFilesNameTheirPlace() throws Exception {
        String enaifuos = message("Enaifuos__GoogleHashCode_VideoStreaming__benchmark_jmh-result.json");
        assertTrue(enaifuos.contains("line 20"), enaifuos);
        String merge = message("ozkanpakdil__java-benchmarks__results_OpenJDK_64-Bit_Server_VM-Eclipse_Adoptium-17.0.6.json");
        assertTrue(merge.contains("line 25"), merge);
        String empty = message("chrisgleissner__java-benchmarks__jmh-result-all__8b7db0b.json");
        assertTrue(empty.contains("empty"), empty);
    }

    private static String message(String name) {
        BadInputException e = assertThrows(BadInputException.class, () -> read(name));
        assertOneLineNaming(e, name);
        return e.getMessage();
    }

    private static void assertOneLineNaming(BadInputException e, String name) {
        String m = e.getMessage();
        assertTrue(m.startsWith(name + ": "), m);
        assertFalse(m.contains("\n") || m.contains("\r"), m);
    }

    @Test
    void nMonchoHas424RowsOfThreeForksAndSomeWithoutParams() throws Exception {
        ResultFile f = read("nMoncho__helenus__bench_jmh-result.json");
        assertEquals(424, f.rows().size());
        assertEquals(14, f.rows().stream().filter(r -> r.key().params().isEmpty()).count());
        for (Row r : f.rows()) {
            assertEquals(3, r.forkCount());
            assertEquals("avgt", r.key().mode());
            assertTrue(r.key().isPrimary());
        }
        assertEquals("1.32", f.runInfo().jmhVersion());
        assertEquals(3, f.runInfo().forks());
    }

    @Test
    void textOnlyProfilersAreSkipped() throws Exception {
        ResultFile jfr = read("lifepuzzlefun__pulsar__jmh-result.json");
        assertEquals(6, jfr.rows().size());
        assertTrue(jfr.rows().stream().allMatch(r -> r.key().isPrimary()));
        ResultFile asm = read("mariofusco__jmh-playground__jmh-result.json");
        assertEquals(1, asm.rows().size());
        assertEquals(2, asm.rows().get(0).forkCount());
    }

    @Test
    void auxCountersAndLegacyGcNamesBecomeRows() throws Exception {
        ResultFile graylog = read("graylog-labs__java-compression-benchmarks__jmh_results.json");
        assertEquals(62, graylog.rows().size());
        assertEquals(25, graylog.rows().stream().filter(r -> r.key().metric().equals("compressedBytes")).count());
        assertNull(graylog.runInfo().vmName());
        ResultFile guyko = read("guyko__weighted-lottery__jmh-result.json");
        assertEquals(314, guyko.rows().size());
        List<Row> norm = guyko.rows().stream().filter(r -> r.key().metric().equals("gc.alloc.rate.norm")).toList();
        assertEquals(36, norm.size());
        assertEquals(5, norm.get(0).forkCount());
        assertEquals("B/op", norm.get(0).unit());
    }

    @Test
    void eventCountersAreMarkedSummedAndMeansAreNot() throws Exception {
        // graylog's compressedBytes is an @AuxCounters(EVENTS) field: JMH's score is the sum of its 3 values
        ResultFile graylog = read("graylog-labs__java-compression-benchmarks__jmh_results.json");
        List<Row> counted = graylog.rows().stream().filter(r -> r.key().metric().equals("compressedBytes")).toList();
        assertTrue(counted.stream().allMatch(Row::summed));
        assertTrue(graylog.rows().stream().filter(r -> r.key().isPrimary()).noneMatch(Row::summed));
        ResultFile guyko = read("guyko__weighted-lottery__jmh-result.json");
        assertTrue(guyko.rows().stream().filter(r -> r.key().metric().equals("gc.alloc.rate.norm")).noneMatch(Row::summed));
        assertTrue(guyko.rows().stream().filter(r -> r.key().metric().equals("gc.count")).allMatch(Row::summed));
    }

    @Test
    void sampleModeRowsCarryHistogramsAndDerivedPercentiles() throws Exception {
        ResultFile f = read("vietj__pg-client-concurrency-benchmark__jmh-result.json");
        assertEquals(90, f.rows().size());
        RowKey primary = f.rows().get(0).key().withMetric(RowKey.PRIMARY);
        Map<String, Row> byMetric = f.rows().stream().filter(r -> r.key().withMetric(RowKey.PRIMARY).equals(primary))
                .collect(Collectors.toMap(r -> r.key().metric(), r -> r));
        Row prim = byMetric.get(RowKey.PRIMARY);
        assertTrue(prim.hasHistograms());
        assertEquals("s/op", prim.unit());
        assertEquals(2, prim.forkCount());
        assertEquals(2, byMetric.get("p0.99").forkCount());
        assertTrue(byMetric.containsKey("p0.50"));
        assertTrue(byMetric.containsKey("p0.999"), byMetric.keySet().toString());
    }

    /** Every corpus file with SampleTime histograms and JMH's own p0.50/p0.99 per iteration. */
    @ParameterizedTest
    @ValueSource(strings = {"MacsiaProduction__db-algo-lab4__results_full_jmh-results.json",
        "Netflix__hollow__jmh-result.json", "chrisgleissner__java-benchmarks__jmh-result-all__b5b01b1.json",
        "kcrypt__scala-blake3__jmh-result.intel.json", "marmartins__spikes__jmh-result.json",
        "regancz__RaiserRpc__jmh-result.json", "vietj__pg-client-concurrency-benchmark__jmh-result.json",
        "web-logs2__wRake__jmh-result.json"})
    void derivedPercentilesEqualJmhOwnPerIteration(String name) throws Exception {
        ResultFile file = read(name);
        Map<RowKey, Row> rows = file.rows().stream().collect(Collectors.toMap(Row::key, r -> r));
        JsonNode root = JsonMapper.builder().build().readTree(Files.readAllBytes(corpus().resolve(name)));
        int compared = 0;
        for (JsonNode entry : root) {
            if (!entry.get("primaryMetric").has("rawDataHistogram")) {
                continue;
            }
            java.util.TreeMap<String, String> params = new java.util.TreeMap<>();
            if (entry.has("params")) {
                entry.get("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
            }
            for (var metric : entry.get("secondaryMetrics").properties()) {
                String metricName = MetricNames.normalise(metric.getKey());
                if (!metricName.equals("p0.50") && !metricName.equals("p0.99")) {
                    continue;
                }
                RowKey key = new RowKey(entry.get("benchmark").asString(), entry.get("mode").asString(), params,
                        entry.get("threads").intValue(), metricName);
                Row row = rows.get(key);
                assertNotNull(row, key.displayName());
                JsonNode raw = metric.getValue().get("rawData");
                for (int f = 0; f < raw.size(); f++) {
                    for (int i = 0; i < raw.get(f).size(); i++) {
                        double expected = raw.get(f).get(i).doubleValue();
                        assertEquals(expected, row.forks()[f][i], 1e-9 * Math.abs(expected), key.displayName());
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 0, name);
    }

    @Test
    void jmh137PercentileNamesAndLegacyNamesLandOnTheSameMetric() throws Exception {
        ResultFile macsia = read("MacsiaProduction__db-algo-lab4__results_full_jmh-results.json");
        assertEquals(142, macsia.rows().size());
        ResultFile netflix = read("Netflix__hollow__jmh-result.json");
        assertEquals(60, netflix.rows().size());
        assertTrue(netflix.rows().stream().anyMatch(r -> r.key().metric().equals("p0.9999")));
        assertTrue(macsia.rows().stream().anyMatch(r -> r.key().metric().equals("p0.9999")));
    }

    @Test
    void stringNonFiniteValuesAreDroppedAndCrlfIsFine() {
        String json = "[\r\n{\"benchmark\":\"a.B.m\",\"mode\":\"thrpt\",\"threads\":1,\"primaryMetric\":{\"score\":\"NaN\","
                + "\"scoreUnit\":\"ops/s\",\"rawData\":[[1.0,\"NaN\",\"+INF\",2.0],[\"-INF\",3.0]]},"
                + "\"secondaryMetrics\":{\"\u00b7gc.time\":{\"score\":\"NaN\",\"scoreUnit\":\"ms\",\"rawData\":[[\"NaN\"]]}}}\r\n]\r\n";
        ResultFile f = JmhResultReader.parse("x.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, f.rows().size());
        Row r = f.rows().get(0);
        assertEquals(2, r.forkCount());
        assertEquals(2, r.forks()[0].length);
        assertEquals(3.0, r.forks()[1][0]);
        assertTrue(r.key().params().isEmpty());
        assertNull(f.runInfo().jmhVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "{}", "[]", "[1]", "[{\"mode\":\"avgt\"}]",
        "[{\"benchmark\":\"b\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[\"NaN\"]]}}]",
        "[{\"benchmark\":\"b\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0,\"x\"]]}}]",
        "[{\"benchmark\":\"b\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[1.0]}}]",
        "[{\"benchmark\":\"b\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0]]}},"
            + "{\"benchmark\":\"b\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[2.0]]}}]",
        "[{\"benchmark\":\"b\",\"mode\":\"sample\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawDataHistogram\":[[[1.0, 2]]]}}]",
        "[{\"benchmark\":\"b\",\"mode\":\"avgt\""})
    void malformedInputGetsOneLineNamingFileAndPlace(String json) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> JmhResultReader.parse("bad.json", json.getBytes(StandardCharsets.UTF_8)));
        assertOneLineNaming(e, "bad.json");
        assertTrue(e.getMessage().matches("bad\\.json: (empty file.*|\\$.*|invalid JSON.*)"), e.getMessage());
    }

    @Test
    void wrongShapeNamesTheJsonPath() {
        String json = "[{\"benchmark\":\"b\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0]]}},"
                + "{\"benchmark\":\"c\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0, true]]}}]";
        BadInputException e = assertThrows(BadInputException.class,
                () -> JmhResultReader.parse("shape.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("shape.json: $[1].primaryMetric.rawData[0][1]: expected a number, found a boolean", e.getMessage());
    }

    @Test
    void secondaryNamesAreNormalised() {
        assertEquals("gc.alloc.rate.norm", MetricNames.normalise("\u00b7gc.alloc.rate.norm"));
        assertEquals("p0.99", MetricNames.normalise("jdbcBurstQuery\u00b7p0.99"));
        assertEquals("p0.99", MetricNames.normalise("p0.99"));
        assertEquals("ArrayBlockingQueueAdd", MetricNames.normalise("ArrayBlockingQueueAdd"));
        assertTrue(MetricNames.isPercentile("p0.9999"));
        assertFalse(MetricNames.isPercentile("primary"));
    }
}
