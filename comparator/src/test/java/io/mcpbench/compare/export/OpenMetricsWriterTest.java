package io.mcpbench.compare.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.jmh.ScoredRow;
import io.mcpbench.compare.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

class OpenMetricsWriterTest {

    /** One sample line: name, label block, value. */
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{(.*)} (\\S+)", Pattern.DOTALL);

    record Sample(String family, Map<String, String> labels, String value) {
    }

    private static ArrayNode load(String resource) throws IOException {
        try (InputStream in = OpenMetricsWriterTest.class.getResourceAsStream(resource)) {
            return JmhJson.parse(resource, in.readAllBytes());
        }
    }

    /** Parses OpenMetrics text line by line, checking the framing on the way. */
    static List<Sample> parse(String text) {
        assertTrue(text.endsWith("# EOF\n"), "ends with # EOF");
        String[] lines = text.split("\n", -1);
        assertEquals("", lines[lines.length - 1]);
        assertEquals("# EOF", lines[lines.length - 2]);
        List<Sample> samples = new ArrayList<>();
        Set<String> typed = new HashSet<>();
        Set<String> closed = new HashSet<>();
        String current = null;
        for (int i = 0; i < lines.length - 2; i++) {
            String line = lines[i];
            if (line.startsWith("# TYPE ")) {
                String[] p = line.split(" ");
                assertEquals(4, p.length, line);
                assertEquals("gauge", p[3]);
                assertTrue(typed.add(p[2]), "family declared once: " + p[2]);
                if (current != null) closed.add(current);
                current = p[2];
                continue;
            }
            if (line.startsWith("# HELP ")) {
                assertTrue(line.startsWith("# HELP " + current + " "), line);
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertTrue(m.matches(), "sample line: " + line);
            assertEquals(current, m.group(1), "samples follow their family's TYPE line");
            assertFalse(closed.contains(m.group(1)), "family contiguous");
            samples.add(new Sample(m.group(1), labels(m.group(2)), m.group(3)));
        }
        return samples;
    }

    /** The label block's pairs, unescaped; fails on anything the format does not allow. */
    static Map<String, String> labels(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < block.length()) {
            int eq = block.indexOf("=\"", i);
            assertTrue(eq > i, "label name at " + i + " of " + block);
            String name = block.substring(i, eq);
            assertTrue(name.matches("[a-zA-Z_][a-zA-Z0-9_]*"), "label name " + name);
            StringBuilder v = new StringBuilder();
            int j = eq + 2;
            for (; block.charAt(j) != '"'; j++) {
                char c = block.charAt(j);
                assertTrue(c != '\n', "raw line feed in a label value");
                if (c == '\\') {
                    char n = block.charAt(++j);
                    switch (n) {
                        case '\\' -> v.append('\\');
                        case '"' -> v.append('"');
                        case 'n' -> v.append('\n');
                        default -> throw new AssertionError("bad escape \\" + n + " in " + block);
                    }
                } else {
                    v.append(c);
                }
            }
            assertTrue(out.put(name, v.toString()) == null, "label repeated: " + name);
            i = j + 1;
            if (i < block.length()) {
                assertEquals(',', block.charAt(i), "labels separated by commas in " + block);
                i++;
            }
        }
        return out;
    }

    /** The OpenMetrics text of {@code entries} as the {@code export} command writes it: JMH's own scores, {@code extra} labels. */
    private static String export(String source, ArrayNode entries, Map<String, String> extra) throws IOException {
        return new OpenMetricsWriter(extra).render(Report.result(source, ScoredRow.written(entries)));
    }

    @Test
    void everyMetricOfEveryEntryBecomesOneScoreAndOneErrorSample() throws IOException {
        ArrayNode entries = load("tricky-params.json");
        List<Sample> samples = parse(export("tricky", entries, Map.of()));

        // expected from the file: primary and each numeric secondary, per entry
        int expected = 0;
        for (JsonNode e : entries.values()) {
            expected++;
            for (Map.Entry<String, JsonNode> s : e.path("secondaryMetrics").properties()) {
                if (!"---".equals(s.getValue().path("scoreUnit").asString())) expected++;
            }
        }
        assertEquals(2 * expected, samples.size());
        assertEquals(expected, samples.stream().filter(s -> s.family().equals("jmh_score")).count());

        Sample avgt = find(samples, "jmh_score", "avgt", "primary");
        assertEquals("io.mcpbench.bench.routing.RoutingBenchmark.route", avgt.labels().get("benchmark"));
        assertEquals("4", avgt.labels().get("threads"));
        assertEquals("ns/op", avgt.labels().get("unit"));
        assertEquals("ROUND_ROBIN", avgt.labels().get("param_policy"));
        assertEquals("500", avgt.labels().get("param_size_x"));
        assertEquals("a\"b\\c\nd", avgt.labels().get("param_quote_d"), "escaped value reads back unchanged");
        assertEquals(12.5, Double.parseDouble(avgt.value()));
        assertEquals(0.75, Double.parseDouble(find(samples, "jmh_score_error", "avgt", "primary").value()));

        Sample alloc = find(samples, "jmh_score", "avgt", "gc.alloc.rate.norm");
        assertEquals("B/op", alloc.labels().get("unit"));
        assertEquals(1.0E-5, Double.parseDouble(alloc.value()));
        assertEquals("NaN", find(samples, "jmh_score_error", "avgt", "gc.alloc.rate.norm").value());

        Sample thrpt = find(samples, "jmh_score", "thrpt", "primary");
        assertEquals("1", thrpt.labels().get("threads"));
        assertFalse(thrpt.labels().containsKey("param_policy"));
        assertEquals(8.0E7, Double.parseDouble(thrpt.value()));
    }

    @Test
    void realJmhGoldenFileExportsEverySeriesOnceWithItsScore() throws IOException {
        ArrayNode entries = load("/jmh-real/openjdk__jmh__jmh-core_src_test_resources_org_openjdk_jmh_results_format_output-golden.json");
        List<Sample> samples = parse(export("golden", entries, Map.of("runner", "r1")));
        Set<Map<String, String>> distinct = new HashSet<>();
        for (Sample s : samples) {
            assertEquals("r1", s.labels().get("runner"));
            if (s.family().equals("jmh_score")) assertTrue(distinct.add(s.labels()), "series repeated: " + s.labels());
        }
        JsonNode first = entries.get(0);
        Sample s = samples.get(0);
        assertEquals(first.path("benchmark").asString(), s.labels().get("benchmark"));
        assertEquals(first.path("params").path("param4").asString(), s.labels().get("param_param4"));
        assertEquals(first.path("primaryMetric").path("score").asDouble(), Double.parseDouble(s.value()));
    }

    @Test
    void identicalEntriesAreRejectedRatherThanWrittenAsDuplicateSeries() throws IOException {
        ArrayNode entries = load("tricky-params.json");
        entries.add(entries.get(1).deepCopy());
        ExportException e = assertThrows(ExportException.class, () -> export("dup", entries, Map.of()));
        assertTrue(e.getMessage().startsWith("dup: the same series twice"), e.getMessage());
    }

    @Test
    void extraLabelsMustBeValidAndNotShadowTheSeriesLabels() throws IOException {
        ArrayNode entries = load("tricky-params.json");
        assertThrows(ExportException.class, () -> export("x", entries, Map.of("bad-name", "v")));
        assertThrows(ExportException.class, () -> export("x", entries, Map.of("benchmark", "v")));
        assertThrows(ExportException.class, () -> export("x", entries, Map.of("param_size", "v")));
    }

    @Test
    void labelNamesAreSnakeCaseAsPromtoolRequiresAndNeverShared() throws IOException {
        // promtool check metrics: "label names should be written in 'snake_case' not 'camelCase'" (any [a-z][A-Z])
        ArrayNode entries = load("/io/mcpbench/compare/report/hostile-params.json");
        List<Sample> samples = parse(export("hostile", entries, Map.of("runner", "r1")));
        Set<Map<String, String>> series = new HashSet<>();
        for (Sample s : samples) {
            for (String name : s.labels().keySet()) assertTrue(name.matches("[a-z_][a-z0-9_]*"), name);
            if (s.family().equals("jmh_score")) assertTrue(series.add(s.labels()), "series repeated: " + s.labels());
        }
        Map<String, String> first = samples.get(0).labels();
        Map<String, String> collided = new java.util.TreeMap<>();
        first.forEach((k, v) -> {
            if (k.startsWith("param_collection_size_")) collided.put(v, k);
        });
        assertEquals(Set.of("10", "same label"), collided.keySet(), "collectionSize and collection_size keep a label each: " + first);
        assertEquals("h", first.get("param_http_server"));
        assertEquals("s", first.get("param_size_x"));
        assertEquals("C:\\tmp\\x", first.get("param_text"));
    }

    @Test
    void extraLabelsMustBeSnakeCase() throws IOException {
        ArrayNode entries = load("tricky-params.json");
        ExportException e = assertThrows(ExportException.class, () -> export("x", entries, Map.of("runnerName", "v")));
        assertTrue(e.getMessage().contains("use runner_name"), e.getMessage());
    }

    @Test
    void specialValuesUseTheFormatsSpelling() {
        assertEquals("NaN", OpenMetricsWriter.value(Double.NaN));
        assertEquals("+Inf", OpenMetricsWriter.value(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", OpenMetricsWriter.value(Double.NEGATIVE_INFINITY));
        assertEquals("a\\\\b\\\"c\\nd", OpenMetricsWriter.escape("a\\b\"c\nd"));
    }

    private static Sample find(List<Sample> samples, String family, String mode, String metric) {
        for (Sample s : samples) {
            if (s.family().equals(family) && s.labels().get("mode").equals(mode) && s.labels().get("metric").equals(metric)) return s;
        }
        throw new AssertionError("no " + family + " sample for " + mode + " " + metric);
    }
}
