package io.mcpbench.compare.history;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Builds a {@link HistoryReport}: a series per row ({@link SeriesBuilder}), its trend, and its
 * change points ({@link EDivisive}). Detection runs on the log of the values when all are
 * positive, so a 10% step weighs the same at 1 ns and at 1 s; segment centres are then
 * geometric means, else arithmetic means.
 *
 * <p>Series are analysed in parallel; each is seeded from the settings' seed and its row name,
 * so the report does not depend on scheduling or on which other rows are present. Instances are
 * stateless.
 */
public final class HistoryAnalyzer {

    private final HistorySettings settings;

    /** An analyzer using {@code settings}. */
    public HistoryAnalyzer(HistorySettings settings) {
        this.settings = settings;
    }

    /** Analyses every row of {@code history}. */
    public HistoryReport analyse(History history) {
        SeriesSet set = SeriesBuilder.build(history.runs());
        List<Series> all = set.series();
        SeriesReport[] reports = new SeriesReport[all.size()];
        EDivisive detector = new EDivisive(settings);
        IntStream.range(0, reports.length).parallel().forEach(i -> reports[i] = analyse(all.get(i), detector));
        List<String> problems = new ArrayList<>(history.skipped());
        problems.addAll(set.problems());
        return new HistoryReport(history.runs(), List.of(reports), problems, settings);
    }

    /** Analyses one series. */
    public SeriesReport analyse(Series series) {
        return analyse(series, new EDivisive(settings));
    }

    private SeriesReport analyse(Series series, EDivisive detector) {
        double[] values = series.values();
        Trend trend = Trend.of(values, settings.trendRuns(), series.direction().direction());
        boolean log = allPositive(values);
        double[] x = values;
        if (log) {
            x = new double[values.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.log(values[i]);
            }
        }
        List<EDivisive.Split> splits = detector.detect(x, seedOf(series));
        List<ChangePoint> points = new ArrayList<>(splits.size());
        int start = settings.window() > 0 ? Math.max(0, values.length - settings.window()) : 0;
        for (int s = 0; s < splits.size(); s++) {
            EDivisive.Split split = splits.get(s);
            int from = s == 0 ? start : splits.get(s - 1).index();
            int to = s + 1 < splits.size() ? splits.get(s + 1).index() : values.length;
            double before = centre(values, from, split.index(), log);
            double after = centre(values, split.index(), to, log);
            double change = Trend.relative(after, before);
            points.add(new ChangePoint(split.index(), series.runIds().get(split.index()), before, after, change,
                    Shift.of(change, series.direction().direction()), split.pValue(), split.statistic()));
        }
        return new SeriesReport(series, trend, points);
    }

    private long seedOf(Series series) {
        long h = series.key().displayName().hashCode() * 0x9E3779B97F4A7C15L
                ^ series.key().mode().hashCode() * 0xC2B2AE3D27D4EB4FL;
        return settings.seed() ^ h;
    }

    private static boolean allPositive(double[] values) {
        for (double v : values) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    private static double centre(double[] values, int from, int to, boolean geometric) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += geometric ? Math.log(values[i]) : values[i];
        }
        s /= to - from;
        return geometric ? Math.exp(s) : s;
    }
}
