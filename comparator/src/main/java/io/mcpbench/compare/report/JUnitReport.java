package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.plan.PlanStatus;
import io.mcpbench.compare.plan.PlanTable;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.policy.LimitCheck;
import java.io.IOException;
import java.util.List;

/**
 * JUnit XML in the common shape CI servers read ({@code testsuites/testsuite/testcase} with
 * {@code failure}, {@code skipped}, {@code system-out}). Suite {@code benchmarks}: one testcase
 * per row, class name the benchmark's class, name the method with params and metric. A row that
 * fails the gate (a gated REGRESSED, a MISSING not allowed) has a {@code failure}; INCONCLUSIVE
 * rows are {@code skipped} (not decided, not failed); every other row passes, ALLOWED and ungated
 * rows with a {@code system-out} saying why. Suite {@code limits}: one testcase per limit check.
 * Suite {@code plan}, when the policy has one: one testcase per criterion.
 * The file is valid against {@code junit-10.xsd}, the schema of Jenkins' xUnit plugin (so the
 * skipped count is on each suite, which that schema allows, not on {@code testsuites}).
 */
public final class JUnitReport implements ReportWriter {

    @Override
    public void write(Report report, Appendable out) throws IOException {
        GateResult gate = report.gate();
        int rowFailures = gate.failingRows();
        int skipped = 0;
        for (GatedRow r : gate.rows()) {
            if (r.comparison().verdict() == Verdict.INCONCLUSIVE) skipped++;
        }
        int limitFailures = gate.violatedLimits();
        PlanTable plan = report.plan();
        int planFailures = plan.count(PlanStatus.NOT_MET);
        int tests = gate.rows().size() + gate.limitChecks().size() + plan.criteria().size();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"mcpbench comparator\" tests=\"").append(str(tests))
                .append("\" failures=\"").append(str(rowFailures + limitFailures + planFailures))
                .append("\" errors=\"0\" time=\"0\">\n");
        out.append("  <testsuite name=\"benchmarks\" tests=\"").append(str(gate.rows().size()))
                .append("\" failures=\"").append(str(rowFailures)).append("\" errors=\"0\" skipped=\"")
                .append(str(skipped)).append("\" time=\"0\">\n");
        out.append("    <properties>\n");
        property(out, "baseline", report.baseline());
        property(out, "candidate", report.candidate());
        for (java.util.Map.Entry<String, Object> e : report.settingsShown().entrySet()) {
            property(out, e.getKey(), String.valueOf(e.getValue()));
        }
        out.append("    </properties>\n");
        for (GatedRow r : Rows.displayOrder(gate.rows())) testcase(out, r);
        out.append("  </testsuite>\n");
        out.append("  <testsuite name=\"limits\" tests=\"").append(str(gate.limitChecks().size()))
                .append("\" failures=\"").append(str(limitFailures)).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        for (LimitCheck c : gate.limitChecks()) {
            out.append("    <testcase classname=\"limits\" name=\"")
                    .append(xml(c.limit().threshold().expression() + " " + c.key().displayName())).append("\" time=\"0\"");
            if (c.passed()) {
                out.append("/>\n");
            } else {
                out.append(">\n      <failure type=\"LIMIT\" message=\"").append(xml(Limits.describe(c))).append("\"/>\n");
                out.append("    </testcase>\n");
            }
        }
        out.append("  </testsuite>\n");
        if (!plan.isEmpty()) planSuite(out, plan, planFailures);
        out.append("</testsuites>\n");
    }

    /** Suite {@code plan}: a criterion not met fails, one not measured is skipped (it ran no benchmark). */
    private static void planSuite(Appendable out, PlanTable plan, int failures) throws IOException {
        out.append("  <testsuite name=\"plan\" tests=\"").append(str(plan.criteria().size()))
                .append("\" failures=\"").append(str(failures)).append("\" errors=\"0\" skipped=\"")
                .append(str(plan.count(PlanStatus.NOT_MEASURED))).append("\" time=\"0\">\n");
        List<String[]> rows = PlanRows.of(plan);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String message = r[1] + "; target " + r[2] + (r[4].isEmpty() ? "" : "; " + r[4]);
            out.append("    <testcase classname=\"plan\" name=\"").append(xml(r[0])).append("\" time=\"0\">\n");
            PlanStatus status = plan.criteria().get(i).status();
            if (status == PlanStatus.NOT_MET) {
                out.append("      <failure type=\"PLAN\" message=\"").append(xml(message)).append("\"/>\n");
            } else if (status == PlanStatus.NOT_MEASURED) {
                out.append("      <skipped message=\"").append(xml("not measured (counts as not met): " + message)).append("\"/>\n");
            }
            out.append("      <system-out>").append(xml(r[3] + ": " + message)).append("</system-out>\n");
            out.append("    </testcase>\n");
        }
        out.append("  </testsuite>\n");
    }

    private static void testcase(Appendable out, GatedRow r) throws IOException {
        RowComparison c = r.comparison();
        String benchmark = c.key().benchmark();
        int dot = benchmark.lastIndexOf('.');
        String classname = dot > 0 ? benchmark.substring(0, dot) : benchmark;
        String name = c.key().displayName().substring(dot + 1)
                + " (" + c.key().mode() + ")";
        out.append("    <testcase classname=\"").append(xml(classname)).append("\" name=\"").append(xml(name))
                .append("\" time=\"0\">\n");
        String summary = summary(r);
        if (r.fails()) {
            out.append("      <failure type=\"").append(c.verdict().name()).append("\" message=\"").append(xml(summary))
                    .append("\">").append(xml(summary)).append("</failure>\n");
        } else if (c.verdict() == Verdict.INCONCLUSIVE) {
            out.append("      <skipped message=\"").append(xml(summary)).append("\"/>\n");
        }
        out.append("      <system-out>").append(xml(summary)).append("</system-out>\n");
        out.append("    </testcase>\n");
    }

    private static String summary(GatedRow r) {
        RowComparison c = r.comparison();
        StringBuilder sb = new StringBuilder(Rows.verdictCell(r));
        if (r.allowedReason() != null) sb.append(": ").append(r.allowedReason());
        sb.append("; base ").append(HumanUnits.format(c.baseScore(), c.unit()))
                .append(", candidate ").append(HumanUnits.format(c.candScore(), c.unit()))
                .append(", change ").append(HumanUnits.percent(Rows.valueChange(c)))
                .append(' ').append(Rows.interval(c))
                .append(", p ").append(HumanUnits.pValue(c.pValue()))
                .append(", q ").append(HumanUnits.pValue(c.qValue()))
                .append(", forks ").append(Rows.forks(c));
        if (c.note() != null && !c.note().isEmpty()) sb.append("; ").append(c.note());
        return sb.toString();
    }

    private static void property(Appendable out, String name, String value) throws IOException {
        out.append("      <property name=\"").append(xml(name)).append("\" value=\"").append(xml(value)).append("\"/>\n");
    }

    private static String str(int i) {
        return Integer.toString(i);
    }

    /**
     * Escapes text for an XML attribute or element. A character XML 1.0 cannot carry (a control
     * character other than tab, line feed and carriage return; U+FFFE, U+FFFF; an unpaired
     * surrogate) becomes U+FFFD, so that a hostile parameter can never make the file unreadable.
     */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&apos;"); break;
                case '\n': sb.append("&#10;"); break;
                case '\r': sb.append("&#13;"); break;
                case '\t': sb.append("&#9;"); break;
                default:
                    if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(ch).append(s.charAt(++i));
                    } else if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF || Character.isSurrogate(ch)) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(ch);
                    }
            }
        }
        return sb.toString();
    }
}
