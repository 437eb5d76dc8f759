package io.mcpbench.compare.report;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.markdown.Markdown;
import io.mcpbench.compare.markdown.MarkdownPage;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Gate;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static io.mcpbench.compare.policy.ComparisonFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {

    private static String render(MarkdownReport w, Report report) throws Exception {
        StringBuilder sb = new StringBuilder();
        w.write(report, sb);
        return sb.toString();
    }

    /** A GFM table row's cells: split at pipes no backslash escapes. */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' && line.charAt(i - 1) != '\\') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return out;
    }

    @Test
    void hostileNamesAreCodeSpansOfTheNameItselfAndTheTableKeepsItsShape() throws Exception {
        Report report = HostileReport.report();
        String md = render(new MarkdownReport(), report);
        assertTrue(md.chars().noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)), "no control character but line feeds");
        List<String> table = md.lines().filter(l -> l.startsWith("| ")).toList();
        assertEquals(report.gate().rows().size() + 1, table.size(), md);
        List<String> firstCells = new ArrayList<>();
        for (String line : table) {
            assertEquals(10, cells(line).size(), line);
            firstCells.add(cells(line).get(0));
        }
        for (GatedRow r : report.gate().rows()) {
            String name = r.comparison().key().displayName();
            assertTrue(firstCells.contains(Markdown.cellCode(name)), name);
        }
        // the cases of the issue: a Windows path and a regular expression are shown with single backslashes
        assertTrue(md.contains("text=C:\\tmp\\x]`"), md);
        assertTrue(md.contains("text=\\d+]`"), md);
        assertTrue(md.contains("ALLOWED: C:\\\\tmp\\\\x \\| \\`code\\` \\<b>\\&amp;\\</b> \\\\d+"), md);
        assertTrue(md.startsWith("### Benchmark comparison: FAIL\n\nBaseline `base\\dir\\result.json`, candidate ``cand`s | result.json``."), md);
        assertTrue(md.contains("- jdk.version: 17.0.8 -> 17.0.9 \\*not\\* \\_gated\\_\n"), md);
    }

    @Test
    void aReportTooLongForAStepSummaryIsCutWorstRowsKept() throws Exception {
        List<RowComparison> rows = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            Verdict v = i % 1000 == 7 ? Verdict.REGRESSED : Verdict.EQUIVALENT;
            rows.add(row(RowKey.of("io.mcpbench.bench.many.ManyBenchmark.run", "avgt", Map.of("i", String.format("%05d", i),
                    "padding", "x".repeat(120)), 1, RowKey.PRIMARY), "us/op", 10, v == Verdict.REGRESSED ? 12 : 10, v));
        }
        Report report = Report.comparison("base.json", "cand.json", Settings.DEFAULTS, null, new ComparisonResult(rows, null),
                Gate.evaluate(rows, Policy.defaults()), List.of(), true);
        String md = render(new MarkdownReport("Every row is in `results/gate.json`."), report);
        int bytes = md.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= MarkdownPage.MAX_BYTES, bytes + " bytes");
        assertTrue(bytes > MarkdownPage.MAX_BYTES - 2000, "as many rows as fit: " + bytes);
        long shown = md.lines().filter(l -> l.startsWith("| `")).count();
        assertTrue(md.contains("\n\n" + (6000 - shown) + " more rows not shown: this page is cut to stay under 1,000,000 bytes "
                + "(GitHub refuses a step summary over 1 MiB). Every row is in `results/gate.json`.\n"), md.substring(md.length() - 400));
        List<String> table = md.lines().filter(l -> l.startsWith("| `")).toList();
        for (int i = 0; i < 6; i++) assertTrue(table.get(i).contains("**REGRESSED**"), "failing rows first: " + table.get(i));
    }

    @Test
    void aShortReportIsNeverCut() throws Exception {
        String md = render(new MarkdownReport(), ReportFixtures.report());
        assertTrue(!md.contains("not shown"), md);
    }
}
