package io.mcpbench.compare.history;

import java.util.List;

/**
 * The series of a history, ordered by row, and one line for each run value left out (a unit that
 * cannot be converted to the series' unit), so no gap goes unexplained.
 *
 * @param series   one per row seen in any run
 * @param problems one line per value left out
 */
public record SeriesSet(List<Series> series, List<String> problems) {

    public SeriesSet {
        series = List.copyOf(series);
        problems = List.copyOf(problems);
    }
}
