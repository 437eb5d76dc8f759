package io.mcpbench.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.html.HtmlReportWriter;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** The "Performance plan" section in every format of a gate's report, from one plan of three criteria. */
class PlanSectionTest {

    private static String render(ReportWriter w, Report r) throws Exception {
        StringBuilder sb = new StringBuilder();
        w.write(r, sb);
        return sb.toString();
    }

    private static String lineWith(String text, String needle) {
        for (String l : text.split("\n")) {
            if (l.contains(needle)) return l;
        }
        throw new AssertionError("no line with " + needle + " in\n" + text);
    }

    @Test
    void consoleListsEveryCriterionWithValueTargetStatusAndRow() throws Exception {
        String out = render(new ConsoleReport(false), ReportFixtures.planReport());
        assertTrue(out.contains("performance plan: 1 of 3 criteria met (1 not measured)\n"), out);
        String response = lineWith(out, "  response time");
        assertTrue(response.matches("  response time +p95Ms 700 \\(worst of 2\\) +p95 < 500 ms \\| normal load +FAIL +"
                + "AgentFleetBenchmark\\.calls\\[agents=1000]"), response);
        assertTrue(lineWith(out, "  error rate").matches("  error rate +errorPct 0\\.0500 \\(worst of 2\\) +< 0\\.1% +PASS +"
                + "AgentFleetBenchmark\\.calls\\[agents=1000]"), out);
        assertTrue(lineWith(out, "  recovery").matches("  recovery +- +within 2 minutes <after> a spike +NOT MEASURED +"
                + "did not run: \\.\\*SpikeRecoveryBenchmark\\\\\\.spike"), out);
        assertTrue(out.contains("limit violated: metric(p95Ms)<500 on "), "a plan's violated limit is a violated limit");
        assertFalse(out.contains("limit not checked (no matching row): metric(recoveryMs)"),
                "a plan limit that named no row is in the plan's table, not repeated as a limit");
        assertTrue(out.contains("limit not checked (no matching row): avg<1us"), "other limits still are");
    }

    @Test
    void aGateOnNoneOfThePlansBenchmarksSaysSoInOneLine() throws Exception {
        Report subset = ReportFixtures.report();
        Report planOnly = ReportFixtures.planReport();
        Report r = Report.comparison(subset.baseline(), subset.candidate(), subset.settings(), subset.sources(),
                subset.comparison(), io.mcpbench.compare.policy.Gate.evaluate(subset.comparison().rows(),
                        io.mcpbench.compare.policy.PolicyLoader.parse("p.json", ("{\"limits\": [{\"plan\": \"recovery\", "
                                + "\"target\": \"2 min\", \"benchmark\": \"x\", \"threshold\": \"metric(r)<1\"}]}").getBytes())),
                List.of(), true);
        String console = render(new ConsoleReport(false), r);
        assertTrue(console.contains("performance plan: 0 of 1 criterion met (1 not measured): none of its benchmarks ran"), console);
        assertFalse(console.contains("  criterion "), console);
        String md = render(new MarkdownReport(), r);
        assertTrue(md.contains("**Performance plan**: 0 of 1 criterion met (1 not measured): none of its benchmarks ran"), md);
        assertFalse(md.contains("| criterion |"), md);
        assertTrue(render(new MarkdownReport(), planOnly).contains("| criterion | measured | target | status | from |"));
    }

    @Test
    void markdownTableKeepsFiveCellsARowWithTheStatusBoldUnlessPassed() throws Exception {
        String md = render(new MarkdownReport(), ReportFixtures.planReport());
        assertTrue(md.contains("**Performance plan**: 1 of 3 criteria met (1 not measured)\n\n"), md);
        List<String> rows = new ArrayList<>();
        boolean in = false;
        for (String l : md.split("\n")) {
            if (l.startsWith("| criterion |")) in = true;
            else if (in && l.startsWith("|") && !l.startsWith("|---")) rows.add(l);
            else if (in && !l.startsWith("|")) in = false;
        }
        assertEquals(3, rows.size(), md);
        for (String row : rows) {
            int pipes = 0;
            for (int i = 0; i < row.length(); i++) {
                if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) pipes++;
            }
            assertEquals(6, pipes, "five cells, the target's pipe escaped: " + row);
        }
        assertTrue(rows.get(0).contains("| **FAIL** |"), rows.get(0));
        assertTrue(rows.get(1).contains("| PASS |"), rows.get(1));
        assertTrue(rows.get(2).contains("| **NOT MEASURED** |"), rows.get(2));
    }

    @Test
    void junitHasAPlanSuiteValidAgainstTheSchema() throws Exception {
        String xml = render(new JUnitReport(), ReportFixtures.planReport());
        StrictReaders.junit(xml);
        Element plan = null;
        NodeList suites = StrictReaders.xml(xml).getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            if ("plan".equals(s.getAttribute("name"))) plan = s;
        }
        assertTrue(plan != null, xml);
        assertEquals("3", plan.getAttribute("tests"));
        assertEquals("1", plan.getAttribute("failures"));
        assertEquals("1", plan.getAttribute("skipped"));
        NodeList cases = plan.getElementsByTagName("testcase");
        assertEquals("response time", ((Element) cases.item(0)).getAttribute("name"));
        assertEquals(1, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        assertEquals(1, ((Element) cases.item(2)).getElementsByTagName("skipped").getLength());
    }

    @Test
    void jsonCarriesEachCriterionWithItsChecks() throws Exception {
        JsonNode root = SchemaAssert.valid(DocumentSchema.COMPARISON,
                StrictReaders.JSON.readTree(render(new JsonReport(), ReportFixtures.planReport())));
        JsonNode plan = root.get("plan");
        assertEquals(1, plan.get("met").asInt());
        assertEquals(1, plan.get("notMet").asInt());
        assertEquals(1, plan.get("notMeasured").asInt());
        JsonNode response = plan.get("criteria").get(0);
        assertEquals("response time", response.get("criterion").asString());
        assertEquals("NOT_MET", response.get("status").asString());
        assertEquals(700.0, response.get("shown").get("value").asDouble());
        assertEquals(2, response.get("checks").size());
        assertEquals("metric(recoveryMs)<120000 on .*SpikeRecoveryBenchmark\\.spike",
                plan.get("criteria").get(2).get("notMeasured").get(0).asString());
        assertTrue(SchemaAssert.valid(DocumentSchema.COMPARISON, StrictReaders.JSON.readTree(render(new JsonReport(),
                ReportFixtures.report()))).get("plan").isNull());
    }

    @Test
    void htmlHasThePlanAsAPlainTableEscaped() throws Exception {
        String html = render(new HtmlReportWriter(), ReportFixtures.planReport());
        assertTrue(html.contains("<section id=\"plan\"><h2>Performance plan</h2>"), "section");
        assertTrue(html.contains("within 2 minutes &lt;after&gt; a spike"), "escaped target");
        assertTrue(html.contains("<tr class=\"plan-not_met\">"));
        assertTrue(html.contains("<tr class=\"plan-met\">"));
        assertTrue(html.contains("<tr class=\"plan-not_measured\">"));
        assertFalse(render(new HtmlReportWriter(), ReportFixtures.report()).contains("id=\"plan\""), "no plan, no section");
    }
}
