package io.mcpbench.compare.html;

import java.util.List;

/**
 * The history part of an HTML report: the runs in time order (labels for the x axis, such as a
 * run id with its commit) and one trend line per row. {@link #none()} when there is no history.
 *
 * @param runs  label of every run, oldest first
 * @param lines one line per row
 */
public record Trends(List<String> runs, List<TrendLine> lines) {

    private static final Trends NONE = new Trends(List.of(), List.of());

    public Trends {
        runs = List.copyOf(runs);
        lines = List.copyOf(lines);
        for (TrendLine l : lines) {
            int n = l.runIndex().length;
            if (n > 0 && (l.runIndex()[0] < 0 || l.runIndex()[n - 1] >= runs.size())) {
                throw new IllegalArgumentException(l.key().displayName() + ": run index outside the "
                        + runs.size() + " runs of the history");
            }
        }
    }

    /** No history. */
    public static Trends none() {
        return NONE;
    }

    /** True when there is nothing to draw. */
    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
