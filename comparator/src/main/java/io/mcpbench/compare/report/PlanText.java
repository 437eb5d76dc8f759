package io.mcpbench.compare.report;

import io.mcpbench.compare.markdown.Markdown;
import io.mcpbench.compare.plan.PlanStatus;
import io.mcpbench.compare.plan.PlanTable;
import java.util.ArrayList;
import java.util.List;

/** The "Performance plan" table as text: aligned for a terminal, or a Markdown table. */
public final class PlanText {

    private static final String NONE_RAN = "none of its benchmarks ran (comparator plan-check on a run of them shows each)";

    private PlanText() {
    }

    /**
     * {@code performance plan: 9 of 11 criteria met} and the aligned table; empty without a plan.
     * A run of none of the plan's benchmarks (a gate on a subset) gets the headline alone, unless
     * {@code full}.
     */
    public static String console(PlanTable plan, boolean full) {
        if (plan.isEmpty()) return "";
        StringBuilder out = new StringBuilder("performance plan: ").append(plan.headline());
        if (!full && nothingRan(plan)) return out.append(": ").append(NONE_RAN).append('\n').toString();
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(PlanRows.HEADERS);
        rows.addAll(PlanRows.of(plan));
        int[] width = new int[PlanRows.HEADERS.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]);
                if (i < r.length - 1) line.append(" ".repeat(width[i] - r[i].length() + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** True when no criterion's benchmark ran. */
    public static boolean nothingRan(PlanTable plan) {
        return plan.count(PlanStatus.NOT_MEASURED) == plan.criteria().size();
    }

    /** The heading and headline; without {@code full}, for a run of none of the plan's benchmarks, that alone. */
    public static String markdownHeadline(PlanTable plan, boolean full) {
        String line = "**Performance plan**: " + Markdown.text(plan.headline());
        return !full && nothingRan(plan) ? line + ": " + Markdown.text(NONE_RAN) + "\n" : line + "\n\n";
    }

    /** The header of the Markdown table. */
    public static String markdownHead() {
        return "| criterion | measured | target | status | from |\n|---|---|---|---|---|\n";
    }

    /** One Markdown table line per criterion; a status other than PASS in bold. */
    public static List<String> markdownRows(PlanTable plan) {
        List<String> lines = new ArrayList<>();
        for (String[] r : PlanRows.of(plan)) {
            String status = Markdown.cell(r[3]);
            lines.add("| " + Markdown.cell(r[0]) + " | " + Markdown.cell(r[1]) + " | " + Markdown.cell(r[2])
                    + " | " + ("PASS".equals(r[3]) ? status : "**" + status + "**") + " | "
                    + (r[4].isEmpty() ? "" : Markdown.cellCode(r[4])) + " |\n");
        }
        return lines;
    }

    /** The whole Markdown table with its heading; empty without a plan. */
    public static String markdown(PlanTable plan) {
        if (plan.isEmpty()) return "";
        return markdownHeadline(plan, true) + markdownHead() + String.join("", markdownRows(plan));
    }
}
