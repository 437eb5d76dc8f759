package io.mcpbench.compare.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.history.ChangePoint;
import io.mcpbench.compare.history.HistoryReport;
import io.mcpbench.compare.history.HistoryRun;
import io.mcpbench.compare.history.HistorySettings;
import io.mcpbench.compare.history.Series;
import io.mcpbench.compare.history.SeriesReport;
import io.mcpbench.compare.history.Shift;
import io.mcpbench.compare.history.Trend;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.normalize.MetricDirection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTrendsTest {

    private static SeriesReport series(String method, int[] runIndex, double[] values, List<ChangePoint> changes) {
        RowKey key = RowKey.of("a.B." + method, "avgt", Map.of(), 1, RowKey.PRIMARY);
        List<String> ids = new ArrayList<>();
        for (int i : runIndex) ids.add("run" + i);
        Series s = new Series(key, "ns/op", new MetricDirection(Direction.LOWER_IS_BETTER, false), ids, runIndex, values);
        return new SeriesReport(s, Trend.of(values, 5, Direction.LOWER_IS_BETTER), changes);
    }

    @Test
    void runsSeriesAndChangePointsCarryOver() {
        List<HistoryRun> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(new HistoryRun("run" + i, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i), null,
                    new ResultFile("run" + i, RunInfo.unknown(), List.of())));
        }
        SeriesReport slower = series("slower", new int[] {0, 1, 2, 3}, new double[] {10, 10, 13, 13},
                List.of(new ChangePoint(2, "run2", 10, 13, 0.3, Shift.REGRESSION, 0.005, 4.0)));
        SeriesReport faster = series("faster", new int[] {1, 3}, new double[] {10, 8},
                List.of(new ChangePoint(1, "run3", 10, 8, -0.2, Shift.IMPROVEMENT, 0.01, 2.0)));
        SeriesReport flat = series("flat", new int[] {0, 2}, new double[] {5, 5}, List.of());
        Trends t = HistoryTrends.from(new HistoryReport(runs, List.of(slower, faster, flat), List.of(),
                HistorySettings.defaults()));

        assertEquals(List.of("run0", "run1", "run2", "run3"), t.runs());
        assertEquals(3, t.lines().size());
        TrendLine s = t.lines().get(0);
        assertEquals(slower.series().key(), s.key());
        assertArrayEquals(new int[] {0, 1, 2, 3}, s.runIndex());
        assertArrayEquals(new double[] {10, 10, 13, 13}, s.values());
        assertEquals(2, s.changes().get(0).index());
        assertTrue(s.changes().get(0).regression());
        assertEquals(0.3, s.changes().get(0).change());
        TrendLine f = t.lines().get(1);
        assertArrayEquals(new int[] {1, 3}, f.runIndex(), "gaps keep each value's run");
        assertFalse(f.changes().get(0).regression(), "an improvement is not drawn as a regression");
        assertTrue(t.lines().get(2).changes().isEmpty());
    }
}
