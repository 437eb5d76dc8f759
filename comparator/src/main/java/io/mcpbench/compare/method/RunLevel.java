package io.mcpbench.compare.method;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.normalize.Directions;
import io.mcpbench.compare.steady.SideSummary;
import io.mcpbench.compare.steady.SteadyState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The third level of variance (Kalibera and Jones, "Rigorous benchmarking in reasonable time",
 * 2013): two runs of the same code differ by more than their forks say (a reboot, another
 * physical page layout, a firmware's turbo decision), so against a baseline stored from another
 * run, more forks must not mean a narrower interval than the runs allow. From a history of
 * earlier runs of each row it estimates the run-to-run variance of a run's level,
 * {@code max(0, var(run levels) - mean(var within a run))}, and adds it twice (the baseline's run
 * and the candidate's) to the independent-forks test, with Satterthwaite's degrees of freedom.
 * Rows measured in paired rounds share one run and need none of this.
 */
public final class RunLevel {

    /** Fewest runs of a row for its component to be estimated. */
    public static final int MIN_RUNS = 3;

    /**
     * One row's run-to-run component, on the row's scale.
     *
     * @param variance the run-to-run variance of a run's level
     * @param df       its degrees of freedom (runs - 1)
     * @param runs     runs it rests on
     * @param scale    the scale it was estimated on
     */
    public record Component(double variance, double df, int runs, Scale scale) {
    }

    private final Map<RowKey, Component> byKey;

    private RunLevel(Map<RowKey, Component> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** Components of every row found in at least {@link #MIN_RUNS} of {@code runs} with two settled forks each. */
    public static RunLevel fromRuns(List<ResultFile> runs) {
        Map<RowKey, List<double[]>> levels = new HashMap<>();
        Map<RowKey, Boolean> positive = new HashMap<>();
        for (ResultFile run : runs) {
            for (Row row : run.rows()) {
                SideSummary s = SteadyState.summarise(row);
                double[] c = s.centres();
                if (c.length < 2) {
                    continue;
                }
                boolean pos = true;
                for (double v : c) pos &= v > 0;
                positive.merge(row.key(), pos && !Directions.isAllocation(row.key()), Boolean::logicalAnd);
                levels.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<RowKey, Component> out = new HashMap<>();
        for (Map.Entry<RowKey, List<double[]>> e : levels.entrySet()) {
            List<double[]> list = e.getValue();
            if (list.size() < MIN_RUNS) {
                continue;
            }
            boolean log = positive.get(e.getKey());
            double[] means = new double[list.size()];
            double within = 0;
            for (int r = 0; r < means.length; r++) {
                double[] x = list.get(r).clone();
                if (log) {
                    for (int i = 0; i < x.length; i++) x[i] = Math.log(x[i]);
                }
                means[r] = mean(x);
                within += variance(x) / x.length;
            }
            within /= means.length;
            double between = Math.max(0.0, variance(means) - within);
            out.put(e.getKey(), new Component(between, means.length - 1, means.length, log ? Scale.LOG : Scale.LINEAR));
        }
        return new RunLevel(out);
    }

    /** The component of {@code key}, or null when the history cannot give one. */
    public Component of(RowKey key) {
        return byKey.get(key);
    }

    /** {@code inner}, with the run-to-run variance of two runs added to each estimate it makes. */
    public Method around(Method inner) {
        return s -> {
            Estimate e = inner.estimate(s);
            if (e == null) {
                return null;
            }
            Component c = byKey.get(s.pair().key());
            if (c == null || c.scale() != s.scale()) {
                return e.withNote("run-to-run variance unmodelled: fewer than " + MIN_RUNS + " runs of this row in the history");
            }
            return e.withFixed(2 * c.variance(), c.df(), "run-to-run variance from " + c.runs() + " runs in the history");
        };
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double variance(double[] x) {
        if (x.length < 2) {
            return 0.0;
        }
        double m = mean(x);
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return ss / (x.length - 1);
    }
}
