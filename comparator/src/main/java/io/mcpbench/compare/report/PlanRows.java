package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.plan.Criterion;
import io.mcpbench.compare.plan.PlanStatus;
import io.mcpbench.compare.plan.PlanTable;
import io.mcpbench.compare.policy.LimitCheck;
import java.util.ArrayList;
import java.util.List;

/** The cells of the "Performance plan" table, the same in every format. */
public final class PlanRows {

    /** The table's headers. */
    public static final String[] HEADERS = {"criterion", "measured", "target", "status", "from"};

    private PlanRows() {
    }

    /** One row of cells per criterion, in order. */
    public static List<String[]> of(PlanTable plan) {
        List<String[]> rows = new ArrayList<>(plan.criteria().size());
        for (Criterion c : plan.criteria()) {
            rows.add(new String[] {c.name(), measured(c), c.target(), c.status().word(), from(c)});
        }
        return rows;
    }

    /**
     * {@code p95Ms 212 (worst of 2)}, {@code avg 1.23 µs/op}, {@code - } when nothing was checked;
     * a check that could not be made gives its reason.
     */
    static String measured(Criterion c) {
        LimitCheck s = c.shown();
        if (s == null) return "-";
        if (!s.checked()) return "not checked: " + s.problem();
        String value = HumanUnits.format(s.value(), "#".equals(s.unit()) ? "" : s.unit());
        String metric = s.key().isPrimary() ? s.limit().threshold().aggregate().text() : s.key().metric();
        String worst = c.checks().size() > 1 ? " (worst of " + c.checks().size() + ")" : "";
        return metric + " " + value + worst;
    }

    /** The row the shown value comes from, or for a criterion not measured the benchmarks it needs. */
    static String from(Criterion c) {
        if (c.status() == PlanStatus.NOT_MEASURED) {
            return "did not run: " + String.join("; ", unmeasuredScopes(c));
        }
        LimitCheck s = c.shown();
        if (s == null) return "";
        String benchmark = s.key().benchmark();
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return s.key().withMetric(RowKey.PRIMARY).displayName().substring(type + 1);
    }

    private static List<String> unmeasuredScopes(Criterion c) {
        List<String> out = new ArrayList<>();
        c.unmeasured().forEach(l -> {
            if (!out.contains(l.scope())) out.add(l.scope());
        });
        return out;
    }
}
