package io.mcpbench.compare.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.analysis.ComparisonEngine;
import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.settings.Settings;
import java.nio.file.Path;
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
import tools.jackson.databind.json.JsonMapper;

/** The page as a browser would get it: its data block, its rows, its escaping, nothing fetched. */
class HtmlReportWriterTest {

    private static final String NASTY_BENCHMARK = "io.x.Bench.<script>alert(1)</script>";
    private static final String NASTY_PARAM = "</script><img src=x onerror=alert(2)>&amp;\"'";
    private static final Pattern DATA_BLOCK = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ComparisonEngine engine = new ComparisonEngine();

    /** Forks of {@code n} iterations around {@code level}, spread deterministically. */
    private static double[][] forks(double level, int count, double spread) {
        double[][] f = new double[count][5];
        for (int i = 0; i < count; i++) {
            double forkLevel = level * (1 + spread * ((i * 0.618) % 1 - 0.5));
            for (int j = 0; j < 5; j++) {
                f[i][j] = forkLevel * (1 + 0.002 * (j - 2));
            }
        }
        return f;
    }

    private static Row row(String benchmark, Map<String, String> params, double level) {
        return new Row(RowKey.of(benchmark, "avgt", params, 1, RowKey.PRIMARY), "ns/op", forks(level, 6, 0.02), null);
    }

    private ComparisonResult nastyComparison() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("payload", NASTY_PARAM);
        params.put("size", "500");
        List<Row> base = new ArrayList<>();
        List<Row> cand = new ArrayList<>();
        base.add(row(NASTY_BENCHMARK, params, 100));
        cand.add(row(NASTY_BENCHMARK, params, 130));
        base.add(row("io.x.Bench.steady", Map.of(), 50));
        cand.add(row("io.x.Bench.steady", Map.of(), 50));
        base.add(row("io.x.Bench.gone", Map.of(), 10));
        cand.add(row("io.x.Bench.added", Map.of(), 10));
        return engine.compare(new ResultFile("base", RunInfo.unknown(), base),
                new ResultFile("cand", RunInfo.unknown(), cand), Settings.DEFAULTS);
    }

    /** The comparison as the {@code report} command gives it to the page. */
    private static Report page(String baseline, String candidate, ComparisonResult result) {
        return Report.comparison(baseline, candidate, Settings.DEFAULTS, null, result, null, List.of(), false);
    }

    private static String render(Report report) throws Exception {
        return render(report, Trends.none());
    }

    private static String render(Report report, Trends trends) throws Exception {
        StringBuilder sb = new StringBuilder();
        new HtmlReportWriter().write(report, trends, sb);
        return sb.toString();
    }

    private static JsonNode dataBlock(String html) {
        Matcher m = DATA_BLOCK.matcher(html);
        assertTrue(m.find(), "no data block");
        JsonNode node = JSON.readTree(m.group(1));
        assertFalse(m.find(), "more than one data block");
        return node;
    }

    /** The page with every script and style body removed: what the HTML parser sees as markup. */
    private static String markup(String html) {
        return html.replaceAll("(?s)<script\\b[^>]*>.*?</script>", "<script></script>")
                .replaceAll("(?s)<style>.*?</style>", "<style></style>");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) n++;
        return n;
    }

    @Test
    void dataBlockParsesBackWithEveryRowAndItsExactName() throws Exception {
        ComparisonResult result = nastyComparison();
        String html = render(page("base.json", "cand.json", result));
        JsonNode data = dataBlock(html);
        assertEquals(result.rows().size(), data.get("rows").size());
        Set<String> names = new HashSet<>();
        for (JsonNode r : data.get("rows")) {
            names.add(r.get("name").asString());
        }
        for (RowComparison rc : result.rows()) {
            assertTrue(names.contains(rc.key().displayName()), rc.key().displayName());
        }
        JsonNode first = data.get("rows").get(0);
        assertEquals("REGRESSED", first.get("verdict").asString(), "regressions come first");
        assertEquals(NASTY_PARAM, first.get("params").get("payload").asString());
        assertEquals(6, first.get("baseMeans").size());
        assertEquals(6, first.get("candMeans").size());
        for (Verdict v : Verdict.values()) {
            assertEquals(result.count(v), data.get("counts").get(v.name()).asInt(), v.name());
        }
        assertTrue(data.get("history").isNull());
    }

    @Test
    void everyRowIsInTheTableEscaped() throws Exception {
        ComparisonResult result = nastyComparison();
        String html = render(page("base.json", "cand.json", result));
        String markup = markup(html);
        assertEquals(result.rows().size(), count(markup, "<tr class=\"row "));
        for (RowComparison rc : result.rows()) {
            assertTrue(markup.contains("<td class=\"name\">" + HtmlEscape.text(rc.key().displayName()) + "</td>"),
                    rc.key().displayName());
        }
        assertFalse(html.contains("<script>alert(1)"), "benchmark name injected a script");
        assertFalse(html.contains("<img src=x"), "parameter injected an element");
        assertTrue(markup.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(markup.contains("&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;&quot;&#39;"));
    }

    @Test
    void scriptBlocksEndWhereTheyShould() throws Exception {
        String html = render(page("<b>base</b>", "</script>cand", nastyComparison()));
        // the data block, Chart.js and the report script: no name can open or close another
        assertEquals(3, count(html.toLowerCase(java.util.Locale.ROOT), "<script"));
        assertEquals(3, count(html.toLowerCase(java.util.Locale.ROOT), "</script"));
        assertTrue(html.endsWith("</script>\n</body>\n</html>\n"));
        String markup = markup(html);
        for (String tag : new String[] {"table", "thead", "tbody", "tr", "section", "header", "footer", "code", "label"}) {
            assertEquals(count(markup, "<" + tag + ">") + count(markup, "<" + tag + " "), count(markup, "</" + tag + ">"), tag);
        }
        assertTrue(markup.contains("<code>&lt;b&gt;base&lt;/b&gt;</code>"));
        assertEquals("</script>cand", dataBlock(html).get("candidate").asString());
    }

    @Test
    void nothingIsFetchedFromTheNetwork() throws Exception {
        String html = render(page("base", "cand", nastyComparison()));
        // licence banners (/*! ... */) of the inlined library name its home page; nothing else may name a URL
        String code = html.replaceAll("(?s)/\\*!.*?\\*/", "");
        assertFalse(Pattern.compile("(?i)https?://").matcher(code).find(), "a URL outside the licence banners");
        assertFalse(Pattern.compile("(?i)\\b(src|href|srcset|action)\\s*=\\s*[\"']?\\s*//").matcher(code).find());
        assertFalse(code.contains("@import"));
        assertFalse(code.contains("sourceMappingURL"));
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        assertTrue(html.contains("Chart.js v"), "Chart.js is inlined");
    }

    @Test
    void trendLinesTravelWithTheirRows() throws Exception {
        ComparisonResult result = nastyComparison();
        RowKey key = result.rows().get(0).key();
        Trends trends = new Trends(List.of("r1", "r2", "r3", "r4 <abc>"), List.of(new TrendLine(key, "ns/op",
                new int[] {0, 1, 3}, new double[] {100, 101, 130}, List.of(new TrendLine.ChangeMark(2, 0.29, true, 0.01)))));
        String html = render(page("b", "c", result), trends);
        JsonNode history = dataBlock(html).get("history");
        assertNotNull(history);
        assertEquals("r4 <abc>", history.get("runs").get(3).asString());
        JsonNode s = history.get("series").get(0);
        assertEquals(ReportJson.id(key), s.get("id").asString());
        assertEquals(3, s.get("x").get(2).asInt());
        assertEquals(130.0, s.get("y").get(2).asDouble());
        assertTrue(s.get("changes").get(0).get("regression").asBoolean());
        boolean matched = false;
        for (JsonNode r : dataBlock(html).get("rows")) {
            matched |= r.get("id").asString().equals(s.get("id").asString());
        }
        assertTrue(matched, "the trend's id names a row");
        assertTrue(html.contains("<section id=\"history\">"));
    }

    @Test
    void trendLinesRejectIndexesThatDoNotFit() {
        RowKey key = RowKey.of("a.B.c", "avgt", Map.of(), 1, RowKey.PRIMARY);
        assertThrows(IllegalArgumentException.class,
                () -> new TrendLine(key, "ns/op", new int[] {0, 1}, new double[] {1}, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new TrendLine(key, "ns/op", new int[] {1, 1}, new double[] {1, 2}, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TrendLine(key, "ns/op", new int[] {0, 1},
                new double[] {1, 2}, List.of(new TrendLine.ChangeMark(2, 0.1, true, 0.01))));
        TrendLine line = new TrendLine(key, "ns/op", new int[] {0, 5}, new double[] {1, 2}, List.of());
        assertThrows(IllegalArgumentException.class, () -> new Trends(List.of("r1", "r2"), List.of(line)));
    }

    @Test
    void sameInputSamePage() throws Exception {
        ComparisonResult result = nastyComparison();
        Report report = page("b", "c", result);
        assertEquals(render(report), render(report));
    }

    @Test
    void realFileAgainstACopyWithAPlantedSlowdown() throws Exception {
        Path dir = Path.of(getClass().getResource("/jmh-real/MANIFEST.md").toURI()).getParent();
        ResultFile base = JmhResultReader.read(dir.resolve("guyko__weighted-lottery__jmh-result.json"));
        List<Row> slowed = new ArrayList<>();
        for (int k = 0; k < base.rows().size(); k++) {
            Row r = base.rows().get(k);
            double factor = k % 3 == 0 ? 1.4 : 1.0;
            double[][] forks = new double[r.forks().length][];
            for (int f = 0; f < forks.length; f++) {
                forks[f] = r.forks()[f].clone();
                for (int i = 0; i < forks[f].length; i++) forks[f][i] *= factor;
            }
            slowed.add(new Row(r.key(), r.unit(), forks, r.histograms()));
        }
        ResultFile cand = new ResultFile("slowed", base.runInfo(), slowed);
        ComparisonResult result = engine.compare(base, cand, Settings.DEFAULTS);
        assertTrue(result.count(Verdict.REGRESSED) > 0, result.counts().toString());
        String html = render(page("base", "slowed", result));
        JsonNode rows = dataBlock(html).get("rows");
        assertEquals(result.rows().size(), rows.size());
        assertEquals("REGRESSED", rows.get(0).get("verdict").asString());
        int previousRank = -1;
        for (JsonNode r : rows) {
            int rank = r.get("rank").asInt();
            assertTrue(rank >= previousRank, "rows in verdict order");
            previousRank = rank;
        }
        assertEquals(result.rows().size(), count(markup(html), "<tr class=\"row "));
    }
}
