package io.mcpbench.compare.report;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Gate;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportFormatsTest {

    private static String render(ReportWriter w) throws Exception {
        StringBuilder sb = new StringBuilder();
        w.write(ReportFixtures.report(), sb);
        return sb.toString();
    }

    @Test
    void consoleColumnsAreAligned() throws Exception {
        String out = render(new ConsoleReport(false));
        List<String> lines = List.of(out.split("\n"));
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("benchmark ")) header = i;
        }
        assertTrue(header >= 0, out);
        List<String> table = lines.subList(header, header + 1 + ReportFixtures.rows().size());
        // right-aligned numeric columns end at the same offset on every line: the header's "forks" end
        int forksEnd = table.get(0).indexOf("forks") + "forks".length();
        int verdictAt = table.get(0).indexOf("verdict");
        for (String line : table.subList(1, table.size())) {
            assertEquals('/', line.charAt(forksEnd - 2), line);
            assertEquals(' ', line.charAt(verdictAt - 1), line);
            assertTrue(Character.isUpperCase(line.charAt(verdictAt)), line);
        }
        assertTrue(out.contains("12.5 µs/op"), out);
        assertTrue(out.contains("+20.0%"), out);
        assertTrue(out.contains("ALLOWED"), out);
        assertTrue(out.contains("REGRESSED (not gated)"), out);
        assertTrue(out.contains("INCONCLUSIVE (~12 forks)"), out);
        assertTrue(out.contains("8 rows: 3 regressed, 1 improved, 1 equivalent, 1 inconclusive, 1 missing, 1 new"), out);
        assertTrue(out.contains("geomean (primary rows, + = worse): +5.00% [+2.90%, +7.10%]"), out);
        assertTrue(out.contains("limit violated: avg<100us on io.mcpbench.bench.gateway.CallBenchmark.call (policy.json limits[0]): 104 µs/op, bound 100 µs/op"), out);
        assertTrue(out.contains("gate: FAIL (2 rows, 1 limit)"), out);
        assertFalse(out.contains("\u001b["), "no colour unless asked");
        for (String line : lines) assertEquals(line.stripTrailing(), line);
    }

    @Test
    void consoleNamesTheSharedPackageOnceAndLeavesOutQuietUngatedMetrics() throws Exception {
        List<RowComparison> rows = new ArrayList<>(ReportFixtures.rows());
        rows.add(io.mcpbench.compare.policy.ComparisonFixtures.row("io.mcpbench.bench.routing.RouteBenchmark.rr", "gc.churn.G1_Eden_Space", "MB/sec",
                10, 10, Verdict.EQUIVALENT));
        Report base = ReportFixtures.report();
        Report report = Report.comparison(base.baseline(), base.candidate(), base.settings(), base.sources(),
                new ComparisonResult(rows, base.geometricMean()), Gate.evaluate(rows, Policy.defaults()), base.notes(), false);
        StringBuilder quiet = new StringBuilder();
        new ConsoleReport(false).write(report, quiet);
        assertTrue(quiet.toString().contains("package:   io.mcpbench.bench\n"), quiet.toString());
        assertTrue(quiet.toString().contains("\nrouting.RouteBenchmark.rr "), quiet.toString());
        assertFalse(quiet.toString().contains("gc.churn.G1_Eden_Space"), quiet.toString());
        assertTrue(quiet.toString().contains("1 ungated secondary metric rows not shown"), quiet.toString());
        assertTrue(quiet.toString().contains("REGRESSED (not gated)"), "ungated regressions stay visible");
        StringBuilder all = new StringBuilder();
        new ConsoleReport(false, true).write(report, all);
        assertTrue(all.toString().contains("routing.RouteBenchmark.rr:gc.churn.G1_Eden_Space"), all.toString());
        assertFalse(all.toString().contains("not shown"), all.toString());
    }

    @Test
    void noPackageLineWhenBenchmarksShareNone() {
        assertEquals("", ConsoleReport.commonPackage(List.of()));
    }

    @Test
    void consoleColourTintsOnlyTheVerdict() throws Exception {
        String out = render(new ConsoleReport(true));
        assertTrue(out.contains("\u001b[1;31mREGRESSED\u001b[0m"), out);
        assertTrue(out.contains("\u001b[32mIMPROVED\u001b[0m"), out);
    }

    @Test
    void markdownIsOneTableWithFailuresFirst() throws Exception {
        String out = render(new MarkdownReport());
        List<String> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("|")) rows.add(line);
        }
        assertEquals(2 + ReportFixtures.rows().size(), rows.size(), out);
        int columns = rows.get(0).split("(?<!\\\\)\\|", -1).length;
        for (String r : rows) assertEquals(columns, r.split("(?<!\\\\)\\|", -1).length, r);
        assertTrue(rows.get(1).startsWith("|---|"), rows.get(1));
        assertTrue(rows.get(2).contains("**REGRESSED**") && rows.get(2).contains("bm25"), rows.get(2));
        assertTrue(rows.get(3).contains("**MISSING**"), rows.get(3));
        assertTrue(rows.get(4).contains("ALLOWED: bigger \\<index> \\& cache"), rows.get(4));
        assertTrue(out.startsWith("### Benchmark comparison: FAIL"), out);
        assertTrue(out.contains("**violated**"), out);
    }

    @Test
    void jsonParsesBackWithStableFields() throws Exception {
        JsonNode root = SchemaAssert.valid(DocumentSchema.COMPARISON, render(new JsonReport()));
        assertEquals("mcpbench-comparison/2", root.get("schema").asString());
        assertFalse(root.get("passed").asBoolean());
        assertEquals(2, root.get("failingRows").asInt());
        assertEquals(0.05, root.get("settings").get("q").asDouble());
        assertEquals(42, root.get("settings").get("environmentLimits").asLong());
        assertEquals(3, root.get("counts").get("REGRESSED").asInt());
        assertEquals(ReportFixtures.rows().size(), root.get("rows").size());
        JsonNode first = byName(root, "io.mcpbench.bench.discovery.SearchBenchmark.bm25[q=a,\"b\",size=500]");
        assertEquals("500", first.get("params").get("size").asString());
        assertEquals(12.5, first.get("baseScore").asDouble());
        assertEquals("REGRESSED", first.get("status").asString());
        assertTrue(first.get("fails").asBoolean());
        JsonNode missing = byName(root, "io.mcpbench.bench.registry.RegistryBenchmark.gone");
        assertEquals("MISSING", missing.get("verdict").asString());
        assertTrue(missing.get("candScore").isNull());
        assertEquals("bigger <index> & cache", byName(root, ReportFixtures.SEARCH + ":gc.alloc.rate.norm").get("allowedReason").asString());
        assertEquals(2, root.get("limits").size());
        assertEquals(1.05, root.get("geometricMean").get("ratio").asDouble(), 1e-12);
    }

    private static JsonNode byName(JsonNode root, String name) {
        for (JsonNode r : root.get("rows").values()) {
            if (r.get("name").asString().equals(name)) return r;
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void rowsShowEachBenchmarksPrimaryScoreBeforeItsSecondaryMetrics() throws Exception {
        JsonNode rows = JsonMapper.builder().build().readTree(render(new JsonReport())).get("rows");
        List<String> names = new ArrayList<>();
        for (JsonNode r : rows.values()) names.add(r.get("name").asString());
        assertEquals(List.of(
                "io.mcpbench.bench.binding.BindBenchmark.fresh",
                "io.mcpbench.bench.discovery.SearchBenchmark.bm25[q=a,\"b\",size=500]",
                "io.mcpbench.bench.discovery.SearchBenchmark.bm25:gc.alloc.rate.norm",
                "io.mcpbench.bench.gateway.CallBenchmark.call",
                "io.mcpbench.bench.metrics.RecordBenchmark.record",
                "io.mcpbench.bench.registry.RegistryBenchmark.gone",
                "io.mcpbench.bench.routing.RouteBenchmark.rr",
                "io.mcpbench.bench.routing.RouteBenchmark.rr:gc.count"), names);
    }

    @Test
    void junitXmlHasOneTestcasePerRowAndFailuresForGateFailures() throws Exception {
        String xml = render(new JUnitReport());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element benchmarks = (Element) suites.item(0);
        NodeList cases = benchmarks.getElementsByTagName("testcase");
        assertEquals(ReportFixtures.rows().size(), cases.getLength());
        assertEquals(String.valueOf(cases.getLength()), benchmarks.getAttribute("tests"));
        List<String> failed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failed.add(c.getAttribute("name") + "/" + ((Element) c.getElementsByTagName("failure").item(0)).getAttribute("type"));
            }
            if (c.getElementsByTagName("skipped").getLength() > 0) skipped.add(c.getAttribute("name"));
        }
        assertEquals(List.of("bm25[q=a,\"b\",size=500] (avgt)/REGRESSED", "gone (avgt)/MISSING"), failed);
        assertEquals(List.of("call (avgt)"), skipped);
        assertEquals("2", benchmarks.getAttribute("failures"));
        assertEquals("io.mcpbench.bench.binding.BindBenchmark", ((Element) cases.item(0)).getAttribute("classname"));
        Element limits = (Element) suites.item(1);
        assertEquals("2", limits.getAttribute("tests"));
        assertEquals("1", limits.getAttribute("failures"));
        assertEquals("3", root.getAttribute("failures"));
    }

    @Test
    void csvQuotesFieldsAsRfc4180() throws Exception {
        String csv = render(new CsvReport());
        String[] records = csv.split("\r\n", -1);
        assertEquals(ReportFixtures.rows().size() + 2, records.length, "header, rows, and the empty tail after the last CRLF");
        assertEquals("", records[records.length - 1]);
        assertEquals(String.join(",", CsvReport.HEADER), records[0]);
        assertTrue(records[2].startsWith("io.mcpbench.bench.discovery.SearchBenchmark.bm25,avgt,\"q=a,\"\"b\"\";size=500\",1,primary,us/op,"), records[2]);
        assertTrue(records[3].endsWith(",REGRESSED,ALLOWED,PASS,true,false,bigger <index> & cache,"), records[3]);
        assertEquals("\"a\r\nb\"", CsvReport.quote("a\r\nb"));
        assertEquals("plain", CsvReport.quote("plain"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.quote("say \"hi\""));
        // a MISSING row has an empty candidate column, not "NaN"
        assertFalse(csv.contains("NaN"));
    }

    @Test
    void formatNamesResolve() {
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.byName("md"));
        assertEquals(ReportFormat.JUNIT, ReportFormat.byName("JUnit"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportFormat.byName("html"));
        assertTrue(e.getMessage().contains("\"html\""));
        assertNull(null);
    }
}
