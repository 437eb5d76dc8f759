package io.mcpbench.compare.report;

import io.mcpbench.compare.jmh.Score;
import io.mcpbench.compare.markdown.Markdown;
import io.mcpbench.compare.markdown.MarkdownPage;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One JMH result on its own, laid out like the comparison tables: a line per benchmark and
 * parameter set with its score ± error in a unit chosen for reading, and its allocation per
 * operation ({@code gc.alloc.rate.norm}, when the run had {@code -prof gc}). It is what a run
 * without a baseline shows in place of JMH's wide table. The package every benchmark shares is
 * named once above the table; columns no row fills (params, allocation) are left out.
 * Secondary metrics are rows of their own only when asked for; the footer counts them.
 */
public final class ResultTable {

    /** The metric JMH's {@code -prof gc} writes for bytes allocated per operation. */
    static final String ALLOC_PER_OP = "gc.alloc.rate.norm";

    private final boolean allMetrics;
    private final boolean markdown;

    /**
     * A table of the primary scores ({@code allMetrics}: and of every secondary metric), as
     * aligned text or, with {@code markdown}, as a Markdown table.
     */
    public ResultTable(boolean allMetrics, boolean markdown) {
        this.allMetrics = allMetrics;
        this.markdown = markdown;
    }

    /** Writes the table of {@code result}, titled with {@code name} (the file as the user named it). */
    public void write(ResultFile result, String name, Appendable out) throws IOException {
        Map<RowKey, Row> alloc = new HashMap<>();
        for (Row r : result.rows()) {
            if (ALLOC_PER_OP.equals(r.key().metric())) alloc.put(r.key().withMetric(RowKey.PRIMARY), r);
        }
        List<Row> shown = new ArrayList<>();
        List<String> benchmarks = new ArrayList<>();
        int primaries = 0;
        for (Row r : result.rows()) {
            if (r.key().isPrimary()) primaries++;
            if (r.key().isPrimary() || allMetrics) {
                shown.add(r);
                benchmarks.add(r.key().benchmark());
            }
        }
        String prefix = Rows.commonPackage(benchmarks);
        boolean anyParams = false;
        for (Row r : shown) anyParams |= !params(r.key()).isEmpty();
        boolean anyAlloc = !alloc.isEmpty();

        List<String[]> table = new ArrayList<>();
        for (Row r : shown) {
            Score s = Score.of(r);
            HumanUnits.Scale scale = HumanUnits.scale(s.score(), r.unit());
            String benchmark = r.key().benchmark().substring(prefix.length())
                    + (r.key().isPrimary() ? "" : ":" + r.key().metric());
            Row a = r.key().isPrimary() ? alloc.get(r.key()) : null;
            table.add(new String[] {
                benchmark,
                r.key().mode(),
                params(r.key()),
                HumanUnits.sig3(scale.apply(s.score())),
                Double.isNaN(s.error()) ? "" : "± " + HumanUnits.sig3(scale.apply(s.error())),
                scale.unit(),
                a == null ? "-" : HumanUnits.format(Score.of(a).score(), a.unit())});
        }
        boolean[] keep = {true, true, anyParams, true, true, true, anyAlloc};
        String[] header = {"benchmark", "mode", "params", "score", "error", "unit", "alloc/op"};
        if (markdown) {
            markdown(name, prefix, header, keep, table, out);
        } else {
            console(name, prefix, header, keep, table, out);
        }
        int hidden = result.rows().size() - shown.size() - (allMetrics ? 0 : alloc.size());
        footer(primaries, hidden, anyAlloc, out);
    }

    private static void console(String name, String prefix, String[] header, boolean[] keep, List<String[]> table,
            Appendable out) throws IOException {
        out.append("result:  ").append(name).append('\n');
        if (!prefix.isEmpty()) out.append("package: ").append(prefix, 0, prefix.length() - 1).append('\n');
        out.append('\n');
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(table);
        int[] width = new int[header.length];
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        for (String[] row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (!keep[i]) continue;
                if (line.length() > 0) line.append("  ");
                boolean right = i == 3 || i == 6;
                pad(line, row[i], width[i], right);
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') end--;
            out.append(line, 0, end).append('\n');
        }
        out.append('\n');
    }

    private static void markdown(String name, String prefix, String[] header, boolean[] keep, List<String[]> table,
            Appendable out) throws IOException {
        StringBuilder head = new StringBuilder("### JMH result ").append(Markdown.code(name)).append("\n\n");
        if (!prefix.isEmpty()) {
            head.append("Package ").append(Markdown.code(prefix.substring(0, prefix.length() - 1))).append(".\n\n");
        }
        StringBuilder rule = new StringBuilder("|");
        head.append('|');
        for (int i = 0; i < header.length; i++) {
            if (!keep[i]) continue;
            head.append(' ').append(header[i]).append(" |");
            rule.append(i == 3 || i == 6 ? "---:|" : "---|");
        }
        head.append('\n').append(rule).append('\n');
        MarkdownPage page = new MarkdownPage().text(head.toString());
        MarkdownPage.Lines rows = page.lines("rows");
        for (String[] row : table) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < row.length; i++) {
                if (!keep[i]) continue;
                line.append(' ').append(i == 0 || i == 2 ? Markdown.cellCode(row[i]) : Markdown.cell(row[i])).append(" |");
            }
            rows.add(line.append('\n').toString());
        }
        page.text("\n");
        out.append(page.render(MarkdownPage.MAX_BYTES, "Every row: " + Markdown.code("comparator summary " + name) + "."));
    }

    private void footer(int primaries, int hidden, boolean anyAlloc, Appendable out) throws IOException {
        String end = markdown ? "\n\n" : "\n";
        out.append(Integer.toString(primaries)).append(primaries == 1 ? " benchmark row" : " benchmark rows");
        if (hidden > 0) {
            out.append(", ").append(Integer.toString(hidden)).append(" secondary metric rows not shown (--all-metrics shows them)");
        }
        out.append(end);
        out.append("error: half-width of the 99.9% interval over every iteration of every fork, as JMH computes it").append(end);
        if (!anyAlloc) {
            out.append("no ").append(ALLOC_PER_OP).append(" in this result: run JMH with -prof gc for allocation per op").append(end);
        }
    }

    /** {@code k=v,k=v} in key order, with {@code t=N} when more than one thread ran. */
    static String params(RowKey key) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : key.params().entrySet()) {
            if (sb.length() > 0) sb.append(',');
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        if (key.threads() > 1) {
            if (sb.length() > 0) sb.append(',');
            sb.append("t=").append(key.threads());
        }
        return sb.toString();
    }

    private static void pad(StringBuilder line, String cell, int width, boolean right) {
        if (right) for (int k = cell.length(); k < width; k++) line.append(' ');
        line.append(cell);
        if (!right) for (int k = cell.length(); k < width; k++) line.append(' ');
    }
}
