package io.mcpbench.compare.history;

import java.util.List;

/**
 * The analysis of a whole history: the runs it covered, one report per row, and every line of
 * trouble met on the way (skipped files, values left out), so a reader sees what is not there.
 *
 * @param runs     the runs analysed, oldest first (results included)
 * @param series   one report per row, ordered by row
 * @param problems skipped runs and left-out values, one line each
 * @param settings the settings used
 */
public record HistoryReport(List<HistoryRun> runs, List<SeriesReport> series, List<String> problems,
        HistorySettings settings) {

    public HistoryReport {
        runs = List.copyOf(runs);
        series = List.copyOf(series);
        problems = List.copyOf(problems);
    }

    /** Number of change points over all series. */
    public int changePointCount() {
        int n = 0;
        for (SeriesReport s : series) {
            n += s.changePoints().size();
        }
        return n;
    }
}
