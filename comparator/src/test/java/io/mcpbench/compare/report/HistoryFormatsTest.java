package io.mcpbench.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.history.ChangePoint;
import io.mcpbench.compare.history.History;
import io.mcpbench.compare.history.HistoryAnalyzer;
import io.mcpbench.compare.history.HistoryAnalyzerTest;
import io.mcpbench.compare.history.HistoryReport;
import io.mcpbench.compare.history.HistoryRun;
import io.mcpbench.compare.history.HistorySettings;
import io.mcpbench.compare.history.Runs;
import io.mcpbench.compare.history.Series;
import io.mcpbench.compare.history.SeriesReport;
import io.mcpbench.compare.history.Synthetic;
import io.mcpbench.compare.history.Trend;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The history formats: console table, Markdown for a summary page, JSON for other tools. */
class HistoryFormatsTest {

    private static final ConsoleHistory CONSOLE = new ConsoleHistory();
    private static final MarkdownHistory MARKDOWN = new MarkdownHistory();
    private static final JsonHistory JSON_HISTORY = new JsonHistory();

    private static final HistoryReport REPORT =
            new HistoryAnalyzer(HistorySettings.defaults()).analyse(HistoryAnalyzerTest.history());

    @Test
    void tableHasOneAlignedLinePerSeriesAndNamesChangePoints() {
        String text = CONSOLE.render(Report.history(REPORT));
        String[] lines = text.split("\n");
        assertEquals("History: 60 runs, run-00 .. run-59, 4 change points in 5 series", lines[0]);
        assertTrue(lines[1].startsWith("Benchmark"), lines[1]);
        int runsColumn = lines[1].indexOf("Runs") + "Runs".length();
        int trendColumn = lines[1].indexOf("Trend");
        int cpColumn = lines[1].indexOf("Change points");
        for (int i = 2; i < 7; i++) {
            assertTrue(Character.isDigit(lines[i].charAt(runsColumn - 1)), "runs right-aligned: " + lines[i]);
            assertEquals(' ', lines[i].charAt(trendColumn - 1), lines[i]);
            assertTrue(lines[i].charAt(trendColumn) == '+' || lines[i].charAt(trendColumn) == '-', lines[i]);
            assertEquals(' ', lines[i].charAt(cpColumn - 1), lines[i]);
        }
        String slower = line(lines, "x.B.slower ");
        ChangePoint cp = HistoryAnalyzerTest.find(REPORT, HistoryAnalyzerTest.SLOWER).changePoints().get(0);
        assertTrue(slower.endsWith("run run-30: " + HistoryText.percent(cp.change()) + " (regression), p=0.005"),
                slower);
        assertTrue(line(lines, "x.B.steady ").endsWith("none"));
        assertTrue(line(lines, "x.B.gappy ").contains("  50  "), "runs holding the row");
        assertEquals("warning: skipped run broken.json: empty file, no JMH results", lines[lines.length - 1]);
    }

    @Test
    void markdownShowsOnlyShiftedSeriesAndTheWarnings() {
        String md = MARKDOWN.render(Report.history(REPORT));
        String[] lines = md.split("\n");
        assertEquals("### Benchmark history: 4 change points", lines[0]);
        assertTrue(lines[2].startsWith("60 runs (`run-00` .. `run-59`), 5 series. "), lines[2]);
        long shifted = REPORT.series().stream().filter(s -> !s.changePoints().isEmpty()).count();
        assertTrue(lines[2].endsWith(shifted + " shifted:"), lines[2]);
        long rows = md.lines().filter(l -> l.startsWith("| `")).count();
        assertEquals(shifted, rows, md);
        assertTrue(md.contains("| `x.B.slower` |"), md);
        assertTrue(!md.contains("x.B.steady"), "a quiet series is left out: " + md);
        assertTrue(md.endsWith("**Warnings**\n\n- skipped run broken.json: empty file, no JMH results\n"), md);
    }

    @Test
    void markdownShowsHostileNamesAsTheyAre() {
        RowKey key = RowKey.of("x.B.run", "avgt", Map.of("path", "C:\\tmp\\x", "re", "\\d+", "tick", "a`b|c\u0000"), 1, RowKey.PRIMARY);
        double[] values = Synthetic.step(6, 40, 20, 0.2, 0.01);
        List<HistoryRun> runs = new ArrayList<>();
        for (int r = 0; r < values.length; r++) runs.add(Runs.run(r, Runs.row(key, "ns/op", values[r])));
        String md = MARKDOWN.render(Report.history(new HistoryAnalyzer(HistorySettings.defaults())
                .analyse(new History(runs, List.of("run <b>\\x</b>: *bad*")))));
        assertTrue(md.contains("| ``x.B.run[path=C:\\tmp\\x,re=\\d+,tick=a`b\\|c\uFFFD]`` | avgt |"), md);
        assertTrue(md.endsWith("- run \\<b>\\\\x\\</b>: \\*bad\\*\n"), md);
    }

    @Test
    void formatting() {
        assertEquals("+12.3%", HistoryText.percent(0.1234));
        assertEquals("-4.0%", HistoryText.percent(-0.04));
        assertEquals("1.235", HistoryText.number(1.23456));
        assertEquals("123.5", HistoryText.number(123.456));
        assertEquals("12346", HistoryText.number(12345.6));
        assertEquals("1.235e-05", HistoryText.number(0.0000123456));
        assertEquals("-", HistoryText.trend(Trend.of(new double[] {1}, 5, REPORT.series().get(0)
                .series().direction().direction())));
        assertEquals("none", HistoryText.changePoints(List.of()));
        io.mcpbench.compare.model.Direction lower = io.mcpbench.compare.model.Direction.LOWER_IS_BETTER;
        assertEquals("+10.0% worse vs median of 3", HistoryText.trend(Trend.of(new double[] {10, 10, 10, 11}, 5, lower)));
        assertEquals("-50.0% better vs median of 1", HistoryText.trend(Trend.of(new double[] {4, 2}, 5, lower)));
        assertEquals("+0.0% vs median of 1", HistoryText.trend(Trend.of(new double[] {4, 4}, 5, lower)));
    }

    @Test
    void jsonCarriesEverySeriesWithDocumentedFields() {
        JsonNode root = SchemaAssert.valid(DocumentSchema.HISTORY, JSON_HISTORY.render(Report.history(REPORT)));
        assertEquals("mcpbench-history/2", root.get("schema").stringValue());
        assertTrue(root.get("format") == null, "one key names the shape: schema");
        assertEquals(199, root.get("settings").get("permutations").intValue());
        assertEquals(0.01, root.get("settings").get("significance").doubleValue());
        assertEquals(60, root.get("runs").size());
        assertEquals("run-07", root.get("runs").get(7).get("id").stringValue());
        assertEquals("2026-01-01T07:00:00Z", root.get("runs").get(7).get("time").stringValue());
        assertTrue(root.get("runs").get(7).get("commit").isNull());
        assertEquals(1, root.get("problems").size());
        assertEquals(5, root.get("series").size());
        JsonNode gappy = null;
        for (JsonNode s : root.get("series")) {
            if (s.get("benchmark").stringValue().equals("x.B.gappy")) {
                gappy = s;
            }
        }
        assertTrue(gappy != null);
        assertEquals("avgt", gappy.get("mode").stringValue());
        assertEquals("primary", gappy.get("metric").stringValue());
        assertEquals("ns/op", gappy.get("unit").stringValue());
        assertEquals("lower-is-better", gappy.get("direction").stringValue());
        assertEquals(50, gappy.get("points").size());
        assertEquals("run-20", gappy.get("points").get(10).get("run").stringValue());
        assertEquals(20, gappy.get("points").get(10).get("runIndex").intValue());
        SeriesReport sr = HistoryAnalyzerTest.find(REPORT, HistoryAnalyzerTest.GAPPY);
        assertEquals(sr.series().values()[10], gappy.get("points").get(10).get("value").doubleValue());
        assertEquals(sr.trend().latestChange(), gappy.get("trend").get("latestChange").doubleValue());
        assertEquals(5, gappy.get("trend").get("previousRuns").intValue());
        JsonNode cp = gappy.get("changePoints").get(0);
        assertEquals(30, cp.get("index").intValue());
        assertEquals("run-40", cp.get("run").stringValue());
        assertEquals("regression", cp.get("shift").stringValue());
        assertEquals(sr.changePoints().get(0).pValue(), cp.get("pValue").doubleValue());
        assertEquals(sr.changePoints().get(0).change(), cp.get("change").doubleValue());
    }

    @Test
    void jsonWritesNullForMissingNumbers() {
        Series one = new Series(HistoryAnalyzerTest.STEADY, "ns/op",
                io.mcpbench.compare.normalize.Directions.of(HistoryAnalyzerTest.STEADY, "ns/op"), List.of("r"),
                new int[] {0}, new double[] {5});
        SeriesReport sr = new HistoryAnalyzer(HistorySettings.defaults()).analyse(one);
        HistoryReport report = new HistoryReport(List.of(), List.of(sr), List.of(), HistorySettings.defaults());
        JsonNode trend = SchemaAssert.valid(DocumentSchema.HISTORY, JSON_HISTORY.render(Report.history(report)))
                .get("series").get(0).get("trend");
        assertTrue(trend.get("previousMedian").isNull());
        assertTrue(trend.get("latestChange").isNull());
        assertEquals("neutral", trend.get("latestShift").stringValue());
        assertEquals(5.0, trend.get("last").doubleValue());
    }

    private static String line(String[] lines, String prefix) {
        for (String l : lines) {
            if (l.startsWith(prefix)) {
                return l;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }
}
