package io.mcpbench.compare.html;

import io.mcpbench.compare.history.ChangePoint;
import io.mcpbench.compare.history.HistoryReport;
import io.mcpbench.compare.history.HistoryRun;
import io.mcpbench.compare.history.Series;
import io.mcpbench.compare.history.SeriesReport;
import io.mcpbench.compare.history.Shift;
import java.util.ArrayList;
import java.util.List;

/**
 * The trend lines of a history analysis, as the HTML report draws them: runs labelled by their
 * ids (time and commit), each series' values where its row was present, and the change points
 * the analysis accepted, red when the shift is a regression for the row's direction.
 */
public final class HistoryTrends {

    private HistoryTrends() {
    }

    /** The trend lines of {@code report}. */
    public static Trends from(HistoryReport report) {
        List<String> runs = new ArrayList<>(report.runs().size());
        for (HistoryRun r : report.runs()) {
            runs.add(r.id());
        }
        List<TrendLine> lines = new ArrayList<>(report.series().size());
        for (SeriesReport s : report.series()) {
            List<TrendLine.ChangeMark> marks = new ArrayList<>(s.changePoints().size());
            for (ChangePoint cp : s.changePoints()) {
                marks.add(new TrendLine.ChangeMark(cp.index(), cp.change(), cp.shift() == Shift.REGRESSION, cp.pValue()));
            }
            Series series = s.series();
            lines.add(new TrendLine(series.key(), series.unit(), series.runIndex(), series.values(), marks));
        }
        return new Trends(runs, lines);
    }
}
