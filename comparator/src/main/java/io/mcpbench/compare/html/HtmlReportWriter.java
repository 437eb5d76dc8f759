package io.mcpbench.compare.html;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.plan.PlanTable;
import io.mcpbench.compare.report.HumanUnits;
import io.mcpbench.compare.report.PlanRows;
import io.mcpbench.compare.report.PlanText;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.report.ReportWriter;
import java.io.IOException;
import java.util.List;

/**
 * Lays out a {@link Report}'s comparison (and its history's trends, when it has one) as one
 * self-contained HTML page. The verdict table and summary are
 * plain HTML, readable without script; the inline script adds sorting, filtering, fork-mean
 * plots per row, the forest plot of ratio intervals and the history's trend lines, drawing from
 * the JSON data block with Chart.js inlined from its WebJar. Nothing is fetched: a content
 * security policy forbids every network load, so the page opens from disk, offline, as is.
 * Every name from a result file is escaped; instances hold no state between calls.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String[] HEADERS = {"benchmark", "mode", "base", "candidate", "change", "interval", "p", "q",
        "forks", "verdict"};
    private static final String[] SORT_KEYS = {"name", "mode", "base", "cand", "change", "ciLow", "p", "q", "forks",
        "rank"};

    @Override
    public void write(Report report, Appendable out) throws IOException {
        write(report, report.history() == null ? Trends.none() : HistoryTrends.from(report.history()), out);
    }

    /** Writes the page for {@code report} with {@code trends} as its history. */
    void write(Report report, Trends trends, Appendable out) throws IOException {
        Assets assets = Assets.get();
        List<RowComparison> rows = RowOrder.sorted(report.comparison().rows());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(HtmlEscape.text(report.heading())).append("</title>\n")
                .append("<style>\n").append(HtmlEscape.inlineStyle(assets.css)).append("</style>\n</head>\n<body>\n");
        header(report, out);
        summary(report, out);
        plan(report.plan(), out);
        out.append("<section id=\"forest\"><h2>Ratio intervals</h2>\n<p class=\"hint\">Candidate against baseline, ")
                .append("one line per row shown in the table: the point is the ratio of centres, the whisker its interval. ")
                .append("Oriented so that right is worse (throughput ratios inverted); the shaded band is the row's noise ")
                .append("floor around 1.</p>\n<div class=\"scroll\"><div id=\"forest-box\"><canvas id=\"forest-canvas\" ")
                .append("role=\"img\" aria-label=\"forest plot of ratio intervals\"></canvas></div></div>\n")
                .append("<p id=\"forest-note\" class=\"hint\"></p>\n</section>\n");
        table(report, rows, out);
        if (!trends.isEmpty()) {
            out.append("<section id=\"history\"><h2>History</h2>\n<p class=\"hint\">Each row's value per run; ")
                    .append("triangles mark change points (red: worse, green: better).</p>\n")
                    .append("<div id=\"trend-cards\" class=\"cards\"></div>\n")
                    .append("<button type=\"button\" id=\"trend-more\" hidden>show more</button>\n</section>\n");
        }
        out.append("<footer>Charts by Chart.js ").append(HtmlEscape.text(assets.chartJsVersion))
                .append(" (MIT licence), inlined. Data: the JSON block <code>#report-data</code> in this file.</footer>\n");
        out.append("<script type=\"application/json\" id=\"report-data\">")
                .append(HtmlEscape.scriptJson(ReportJson.of(report, rows, trends))).append("</script>\n");
        out.append("<script>\n").append(HtmlEscape.inlineScript(assets.chartJs)).append("\n</script>\n");
        out.append("<script>\n").append(HtmlEscape.inlineScript(assets.script)).append("\n</script>\n");
        out.append("</body>\n</html>\n");
    }

    private static void header(Report report, Appendable out) throws IOException {
        out.append("<header>\n<h1>").append(HtmlEscape.text(report.heading())).append("</h1>\n")
                .append("<p class=\"sides\"><span>baseline <code>").append(HtmlEscape.text(report.baseline()))
                .append("</code></span> <span>candidate <code>").append(HtmlEscape.text(report.candidate()))
                .append("</code></span></p>\n</header>\n");
    }

    private static void summary(Report report, Appendable out) throws IOException {
        out.append("<section id=\"summary\"><h2>Summary</h2>\n<div class=\"tiles\">\n");
        for (Verdict v : Verdict.values()) {
            out.append("<div class=\"tile v-").append(v.name()).append("\"><span class=\"count\">")
                    .append(Integer.toString(report.comparison().count(v))).append("</span><span class=\"label\">")
                    .append(v.name().toLowerCase(java.util.Locale.ROOT)).append("</span></div>\n");
        }
        out.append("</div>\n");
        RowComparison g = report.comparison().geometricMean();
        out.append("<p class=\"geomean\">Geometric mean over ");
        if (g == null || Double.isNaN(g.ratio())) {
            out.append("primary rows: none compared on both sides.</p>\n");
        } else {
            out.append(Integer.toString(g.baseForks())).append(" primary rows (+ is worse): <strong>")
                    .append(HumanUnits.percent(g.ratio() - 1)).append("</strong>");
            if (!Double.isNaN(g.ciLow())) {
                out.append(" [").append(HumanUnits.percent(g.ciLow() - 1)).append(", ")
                        .append(HumanUnits.percent(g.ciHigh() - 1)).append(']');
            }
            out.append(" <span class=\"badge v-").append(g.verdict().name()).append("\">").append(g.verdict().name())
                    .append("</span></p>\n");
        }
        out.append("</section>\n");
    }

    /** The performance plan's criteria as a plain table (no script needed); nothing without a plan. */
    private static void plan(PlanTable plan, Appendable out) throws IOException {
        if (plan.isEmpty()) return;
        out.append("<section id=\"plan\"><h2>Performance plan</h2>\n<p>").append(HtmlEscape.text(plan.headline()));
        if (PlanText.nothingRan(plan)) {
            out.append(": none of its benchmarks ran.</p>\n</section>\n");
            return;
        }
        out.append(". A criterion whose benchmark did not run counts as not met.</p>\n<div class=\"scroll\">")
                .append("<table id=\"plan-table\">\n<thead><tr>");
        for (String h : PlanRows.HEADERS) out.append("<th>").append(h).append("</th>");
        out.append("</tr></thead>\n<tbody>\n");
        List<String[]> rows = PlanRows.of(plan);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String badge = switch (plan.criteria().get(i).status()) {
                case MET -> "IMPROVED";
                case NOT_MET -> "REGRESSED";
                case NOT_MEASURED -> "INCONCLUSIVE";
            };
            out.append("<tr class=\"plan-").append(plan.criteria().get(i).status().key()).append("\"><td>")
                    .append(HtmlEscape.text(r[0])).append("</td><td class=\"num\">").append(HtmlEscape.text(r[1]))
                    .append("</td><td>").append(HtmlEscape.text(r[2])).append("</td><td><span class=\"badge v-")
                    .append(badge).append("\">").append(HtmlEscape.text(r[3])).append("</span></td><td class=\"name\">")
                    .append(HtmlEscape.text(r[4])).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void table(Report report, List<RowComparison> rows, Appendable out) throws IOException {
        out.append("<section id=\"rows\"><h2>Rows</h2>\n<div class=\"controls\">")
                .append("<input type=\"search\" id=\"filter\" placeholder=\"filter by name, e.g. Search or size=500\" ")
                .append("aria-label=\"filter rows by name\">\n");
        for (Verdict v : Verdict.values()) {
            out.append("<label class=\"vf v-").append(v.name()).append("\"><input type=\"checkbox\" value=\"")
                    .append(v.name()).append("\" checked> ").append(v.name().toLowerCase(java.util.Locale.ROOT))
                    .append(" (").append(Integer.toString(report.comparison().count(v))).append(")</label>\n");
        }
        out.append("<span id=\"shown\"></span></div>\n<table id=\"verdicts\">\n<thead><tr><th class=\"toggle\"></th>");
        for (int i = 0; i < HEADERS.length; i++) {
            out.append("<th data-key=\"").append(SORT_KEYS[i]).append("\" tabindex=\"0\">").append(HEADERS[i])
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            RowComparison r = rows.get(i);
            String v = r.verdict().name();
            out.append("<tr class=\"row v-").append(v).append("\" data-i=\"").append(Integer.toString(i)).append("\">")
                    .append("<td class=\"toggle\"><button type=\"button\" class=\"expand\" aria-expanded=\"false\" ")
                    .append("title=\"fork means\">&#9656;</button></td>")
                    .append("<td class=\"name\">").append(HtmlEscape.text(r.key().displayName())).append("</td>")
                    .append("<td>").append(HtmlEscape.text(r.key().mode())).append("</td>")
                    .append("<td class=\"num\">").append(HtmlEscape.text(HumanUnits.format(r.baseScore(), r.unit())))
                    .append("</td><td class=\"num\">").append(HtmlEscape.text(HumanUnits.format(r.candScore(), r.unit())))
                    .append("</td><td class=\"num change\">").append(HumanUnits.percent(r.ratio() - 1))
                    .append("</td><td class=\"num\">").append(interval(r))
                    .append("</td><td class=\"num\">").append(HtmlEscape.text(HumanUnits.pValue(r.pValue())))
                    .append("</td><td class=\"num\">").append(HtmlEscape.text(HumanUnits.pValue(r.qValue())))
                    .append("</td><td class=\"num\">").append(Integer.toString(r.baseForks())).append('/')
                    .append(Integer.toString(r.candForks()))
                    .append("</td><td class=\"verdict\" title=\"").append(HtmlEscape.text(r.note())).append("\">")
                    .append("<span class=\"badge v-").append(v).append("\">").append(v).append("</span>")
                    .append(HtmlEscape.text(qualifiers(r))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static String interval(RowComparison r) {
        if (Double.isNaN(r.ciLow()) || Double.isNaN(r.ciHigh())) return "-";
        return "[" + HumanUnits.percent(r.ciLow() - 1) + ", " + HumanUnits.percent(r.ciHigh() - 1) + "]";
    }

    private static String qualifiers(RowComparison r) {
        StringBuilder sb = new StringBuilder();
        if (r.verdict() == Verdict.INCONCLUSIVE && r.forksToSettle() > 0) {
            sb.append(" ~").append(r.forksToSettle()).append(" forks");
        }
        if (r.tooFewForks()) {
            sb.append(" too few forks");
        } else if (r.untrusted()) {
            sb.append(" untrusted");
        }
        return sb.toString();
    }
}
