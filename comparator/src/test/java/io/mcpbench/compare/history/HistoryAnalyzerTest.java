package io.mcpbench.compare.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class HistoryAnalyzerTest {

    public static final RowKey SLOWER = Runs.key("x.B.slower", "avgt");
    static final RowKey FEWER_OPS = Runs.key("x.B.fewerOps", "thrpt");
    static final RowKey MORE_OPS = Runs.key("x.B.moreOps", "thrpt");
    public static final RowKey GAPPY = Runs.key("x.B.gappy", "avgt");
    public static final RowKey STEADY = Runs.key("x.B.steady", "avgt");

    /** 60 runs: four rows shift at run 30 (gappy at run 40, absent in runs 10-19), one never does. */
    public static History history() {
        double[] slower = Synthetic.step(1, 60, 30, 0.10, 0.02);
        double[] fewer = Synthetic.step(2, 60, 30, -0.10, 0.02);
        double[] more = Synthetic.step(3, 60, 30, 0.10, 0.02);
        double[] gappy = Synthetic.step(4, 60, 40, 0.10, 0.02);
        double[] steady = Synthetic.step(5, 60, 60, 0, 0.02);
        List<HistoryRun> runs = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            List<Row> rows = new ArrayList<>();
            rows.add(Runs.row(SLOWER, "us/op", slower[r] / 1000));
            rows.add(Runs.row(FEWER_OPS, "ops/s", fewer[r]));
            rows.add(Runs.row(MORE_OPS, "ops/s", more[r]));
            if (r < 10 || r >= 20) {
                rows.add(Runs.row(GAPPY, "ns/op", gappy[r]));
            }
            rows.add(Runs.row(STEADY, "ns/op", steady[r]));
            runs.add(Runs.run(r, rows.toArray(new Row[0])));
        }
        return new History(runs, List.of("skipped run broken.json: empty file, no JMH results"));
    }

    public static SeriesReport find(HistoryReport report, RowKey key) {
        for (SeriesReport s : report.series()) {
            if (s.series().key().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no series " + key.displayName());
    }

    @Test
    void namesTheRunWhereEachRowShiftedAndWhichWayForItsDirection() {
        HistoryReport report = new HistoryAnalyzer(HistorySettings.defaults()).analyse(history());
        assertEquals(60, report.runs().size());
        assertEquals(5, report.series().size());
        assertEquals(List.of("skipped run broken.json: empty file, no JMH results"), report.problems());

        ChangePoint slower = only(find(report, SLOWER));
        assertEquals("run-30", slower.runId());
        assertEquals(Shift.REGRESSION, slower.shift());
        assertEquals(0.10, slower.change(), 0.02);
        assertEquals(1000, slower.before(), 15, "in ns/op");
        assertEquals(1100, slower.after(), 15);
        assertEquals(slower.after() / slower.before() - 1, slower.change(), 1e-12);
        assertTrue(slower.pValue() <= 0.01);

        ChangePoint fewer = only(find(report, FEWER_OPS));
        assertEquals("run-30", fewer.runId());
        assertEquals(Shift.REGRESSION, fewer.shift(), "fewer operations per second is worse");
        assertEquals(-0.10, fewer.change(), 0.02);

        ChangePoint more = only(find(report, MORE_OPS));
        assertEquals("run-30", more.runId());
        assertEquals(Shift.IMPROVEMENT, more.shift());

        SeriesReport gappy = find(report, GAPPY);
        assertEquals(50, gappy.series().size());
        ChangePoint g = only(gappy);
        assertEquals("run-40", g.runId(), "gaps skipped, the run id kept");
        assertEquals(30, g.index(), "position among the 50 values");

        assertTrue(find(report, STEADY).changePoints().isEmpty());
        assertEquals(4, report.changePointCount());
    }

    @Test
    void sameSettingsSameReportWhateverTheScheduling() {
        HistoryAnalyzer analyzer = new HistoryAnalyzer(HistorySettings.defaults().withTest(199, 0.2, 7));
        History history = history();
        HistoryReport a = analyzer.analyse(history);
        for (int i = 0; i < 3; i++) {
            HistoryReport b = analyzer.analyse(history);
            for (int s = 0; s < a.series().size(); s++) {
                assertEquals(a.series().get(s).changePoints(), b.series().get(s).changePoints());
            }
        }
        List<HistoryRun> steadyOnly = new ArrayList<>();
        for (HistoryRun run : history.runs()) {
            List<Row> rows = run.result().rows().stream().filter(r -> r.key().equals(STEADY)).toList();
            steadyOnly.add(new HistoryRun(run.id(), run.time(), run.commit(),
                    new io.mcpbench.compare.model.ResultFile(run.result().source(), run.result().runInfo(), rows)));
        }
        HistoryReport alone = analyzer.analyse(new History(steadyOnly, List.of()));
        assertEquals(1, alone.series().size());
        assertEquals(find(a, STEADY).changePoints(), alone.series().get(0).changePoints(),
                "a row's result does not depend on the other rows");
    }

    @Test
    void windowLimitsTheAnalysisToTheLatestRuns() {
        HistoryReport report = new HistoryAnalyzer(HistorySettings.defaults().withWindow(25)).analyse(history());
        assertTrue(find(report, SLOWER).changePoints().isEmpty(), "the step at run 30 is outside the last 25 runs");
        ChangePoint g = only(find(report, GAPPY));
        assertEquals("run-40", g.runId());
        assertEquals(1000, g.before(), 20, "the segment before starts at the window");
    }

    @Test
    void analysesHistoryStoredOnDisk(@TempDir Path dir) throws Exception {
        Path incoming = dir.resolve("incoming.json");
        Path store = dir.resolve("history");
        double[] values = Synthetic.step(8, 24, 12, 0.15, 0.01);
        for (int r = 0; r < values.length; r++) {
            double v = values[r];
            Files.writeString(incoming, Runs.jmhJson(Runs.entry("x.B.m", "avgt", "ns/op", v * 0.99, v, v * 1.01)));
            HistoryStore.append(store, incoming, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * r),
                    String.format("%07x", 0xabc000 + r));
        }
        Files.writeString(store.resolve("20261102T000000Z.json"), "{}");
        HistoryReport report = new HistoryAnalyzer(HistorySettings.defaults()).analyse(HistoryStore.load(store));
        assertEquals(24, report.runs().size());
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).startsWith("skipped run 20261102T000000Z.json:"));
        ChangePoint cp = only(report.series().get(0));
        assertEquals("20261101T120000Z-0abc00c", cp.runId());
        assertEquals(Shift.REGRESSION, cp.shift());
    }

    private static ChangePoint only(SeriesReport s) {
        assertEquals(1, s.changePoints().size(), s.series().key().displayName() + ": " + s.changePoints());
        return s.changePoints().get(0);
    }
}
