package io.mcpbench.compare.history;

import java.util.List;

/**
 * What history says about one row: its values, where it stands, and where it shifted.
 *
 * @param series       the row's values across runs
 * @param trend        first, last, range and the latest run against its recent median
 * @param changePoints accepted change points, oldest first
 */
public record SeriesReport(Series series, Trend trend, List<ChangePoint> changePoints) {

    public SeriesReport {
        changePoints = List.copyOf(changePoints);
    }

    /** The latest change point, or null when the series never shifted. */
    public ChangePoint latestChangePoint() {
        return changePoints.isEmpty() ? null : changePoints.get(changePoints.size() - 1);
    }
}
