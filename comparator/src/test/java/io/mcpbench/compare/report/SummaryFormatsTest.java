package io.mcpbench.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.ScoredRow;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-result table: columns, units, allocation per op, what is left out and said so. */
/** A single result as the {@code summary} command lays it out, on the console and in Markdown. */
class SummaryFormatsTest {

    private static Row row(String benchmark, Map<String, String> params, int threads, String metric, String unit, double... values) {
        double[][] forks = new double[values.length][];
        for (int i = 0; i < values.length; i++) forks[i] = new double[] {values[i]};
        return new Row(RowKey.of(benchmark, "avgt", params, threads, metric), unit, forks, null);
    }

    private static ResultFile file(Row... rows) {
        return new ResultFile("r.json", RunInfo.unknown(), List.of(rows));
    }

    private static String render(ResultFile f, boolean all, boolean markdown) throws Exception {
        List<ScoredRow> rows = new ArrayList<>();
        for (Row r : f.rows()) rows.add(ScoredRow.of(r));
        ReportWriter writer = markdown ? new MarkdownSummary(all) : new ConsoleSummary(all);
        return writer.render(Report.result("results/r.json", rows));
    }

    /** The table's lines: from the header to the first blank line. */
    private static List<String> table(String out) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String l : out.split("\n", -1)) {
            if (l.startsWith("benchmark ")) in = true;
            if (in && l.isEmpty()) break;
            if (in) lines.add(l);
        }
        return lines;
    }

    private static final ResultFile GATEWAY = file(
            row("io.x.bench.bind.BindBench.bind", Map.of("tools", "1000"), 1, RowKey.PRIMARY, "ns/op", 2200, 2210, 2230),
            row("io.x.bench.bind.BindBench.bind", Map.of("tools", "1000"), 1, "gc.alloc.rate.norm", "B/op", 4200, 4200, 4200),
            row("io.x.bench.bind.BindBench.bind", Map.of("tools", "1000"), 1, "gc.count", "counts", 0, 1, 0),
            row("io.x.bench.route.RouteBench.route", Map.of(), 4, RowKey.PRIMARY, "ops/us", 12.5, 12.7, 12.6));

    @Test
    void scoresAndErrorsShareAReadableUnitAndAllocationComesFromGcNorm() throws Exception {
        String out = render(GATEWAY, false, false);
        assertTrue(out.startsWith("result:  results/r.json\npackage: io.x.bench\n"), out);
        List<String> t = table(out);
        assertEquals(3, t.size(), out);
        assertEquals(List.of("benchmark", "mode", "params", "score", "error", "unit", "alloc/op"), List.of(t.get(0).trim().split("\\s+")));
        // mean 2213.3 ns, s = 15.28 ns, t(0.9995, 2) = 31.599: 279 ns, written in the score's unit
        String bind = t.get(1);
        assertTrue(bind.matches("bind\\.BindBench\\.bind +avgt +tools=1000 +2\\.21  ± 0\\.279  µs/op +4\\.10 KB/op"), bind);
        String route = t.get(2);
        assertTrue(route.startsWith("route.RouteBench.route"), route);
        assertTrue(route.contains("t=4"), route);
        assertTrue(route.contains("12.6  ± ") && route.contains("Mops/s"), route);
        assertTrue(route.endsWith(" -"), route);
        assertTrue(out.contains("2 benchmark rows, 1 secondary metric rows not shown (--all-metrics shows them)"), out);
    }

    @Test
    void columnsAreAligned() throws Exception {
        List<String> t = table(render(GATEWAY, false, false));
        int unit = t.get(0).indexOf("unit");
        int error = t.get(0).indexOf("error");
        int scoreEnd = t.get(0).indexOf("score") + "score".length();
        for (String l : t.subList(1, t.size())) {
            assertEquals(error, l.indexOf("± "), l);
            assertFalse(Character.isWhitespace(l.charAt(unit)), l);
            assertTrue(Character.isDigit(l.charAt(scoreEnd - 1)) && l.charAt(scoreEnd) == ' ', l);
        }
    }

    @Test
    void allMetricsListsSecondaryRows() throws Exception {
        String out = render(GATEWAY, true, false);
        List<String> t = table(out);
        assertEquals(5, t.size(), out);
        assertTrue(t.get(2).startsWith("bind.BindBench.bind:gc.alloc.rate.norm") || t.get(3).startsWith("bind.BindBench.bind:gc"), out);
        assertFalse(out.contains("not shown"), out);
    }

    @Test
    void columnsNoRowFillsAreLeftOutAndTheMissingProfilerIsNamed() throws Exception {
        String out = render(file(row("Bench.one", Map.of(), 1, RowKey.PRIMARY, "s/op", 1.5, 1.6)), false, false);
        List<String> t = table(out);
        assertEquals(List.of("benchmark", "mode", "score", "error", "unit"), List.of(t.get(0).trim().split("\\s+")));
        assertTrue(t.get(1).matches("Bench\\.one  avgt +1\\.55 +s/op"), t.get(1));
        assertFalse(t.get(1).contains("±"), "two values have no error: " + t.get(1));
        assertFalse(out.contains("package:"), out);
        assertTrue(out.contains("run JMH with -prof gc for allocation per op"), out);
    }

    @Test
    void markdownEscapesCellsAndAlignsNumbersRight() throws Exception {
        String out = render(file(row("a.b.C.m", Map.of("pattern", "x|y"), 1, RowKey.PRIMARY, "us/op", 3, 3.1, 3.2)), false, true);
        assertTrue(out.startsWith("### JMH result `results/r.json`\n"), out);
        assertTrue(out.contains("| benchmark | mode | params | score | error | unit |\n|---|---|---|---:|---|---|\n"), out);
        assertTrue(out.contains("| `C.m` | avgt | `pattern=x\\|y` | 3.10 | ± "), out);
    }

    @Test
    void markdownShowsBackslashesAndBackticksAsTheyAre() throws Exception {
        String out = render(file(row("a.b.C.m", Map.of("path", "C:\\tmp\\x", "re", "`\\d+`"), 1, RowKey.PRIMARY, "us/op", 3, 3.1, 3.2)),
                false, true);
        assertTrue(out.contains("| `C.m` | avgt | `` path=C:\\tmp\\x,re=`\\d+` `` | "), out);
    }
}
