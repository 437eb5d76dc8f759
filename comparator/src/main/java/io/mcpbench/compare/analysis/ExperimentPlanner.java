package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.stats.SampleSize;
import io.mcpbench.compare.stats.Samples;
import io.mcpbench.compare.stats.VarianceComponents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plans a run from a previous one (Kalibera and Jones, "Rigorous benchmarking in reasonable
 * time"): splits each row's log variance into fork-to-fork and iteration components, picks the
 * iterations per fork that minimise cost for a given fork cost ({@code sqrt(forkCost * within /
 * between)}), then the forks per side for a two-sample test to detect the requested relative
 * change with the requested power and significance.
 */
public final class ExperimentPlanner {

    /**
     * What to plan for.
     *
     * @param relativeChange       smallest change to detect (0.05 = 5%)
     * @param power                probability of detecting it (0.8)
     * @param alpha                two-sided significance (0.05)
     * @param forkCostInIterations cost of starting and warming a fork, in measurement iterations
     * @param maxForks             upper bound on forks per side
     * @param maxIterations        upper bound on iterations per fork
     */
    public record Request(double relativeChange, double power, double alpha, double forkCostInIterations,
                          int maxForks, int maxIterations) {

        public Request {
            if (!(relativeChange > 0 && relativeChange < 1)) {
                throw new IllegalArgumentException("relativeChange must be in (0, 1), got " + relativeChange);
            }
            if (!(power > 0 && power < 1) || !(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("power and alpha must be in (0, 1), got " + power + ", " + alpha);
            }
            if (!(forkCostInIterations >= 0) || maxForks < ComparisonEngine.MIN_FORKS || maxIterations < 1) {
                throw new IllegalArgumentException("forkCost >= 0, maxForks >= " + ComparisonEngine.MIN_FORKS
                        + ", maxIterations >= 1 required");
            }
        }

        /** 80% power, alpha 0.05, a fork costing 20 iterations, up to 100 forks and 100 iterations. */
        public static Request of(double relativeChange) {
            return new Request(relativeChange, 0.8, 0.05, 20, 100, 100);
        }
    }

    /**
     * A plan for one row.
     *
     * @param key        the row
     * @param forks      forks per side
     * @param iterations measurement iterations per fork
     * @param components the variance components it rests on
     * @param reachable  false when even {@code maxForks} would not reach the requested power
     * @param note       caveats (e.g. a single fork hides the fork-to-fork variance)
     */
    public record Plan(RowKey key, int forks, int iterations, VarianceComponents components, boolean reachable,
                       String note) {
    }

    /**
     * A plan for a suite: one fork and iteration count for all rows (the median row's iterations,
     * and the most forks any row needs at that count), and each row's own plan.
     */
    public record SuitePlan(int forks, int iterations, List<Plan> rows) {

        public SuitePlan {
            rows = List.copyOf(rows);
        }
    }

    private ExperimentPlanner() {
    }

    /** The plan for one row; null when its values are not all positive (no log scale). */
    public static Plan plan(Row row, Request request) {
        if (row.forkCount() == 0 || !Samples.allPositive(row.forks())) {
            return null;
        }
        VarianceComponents vc = VarianceComponents.of(nonEmpty(row.forks()));
        int m = iterations(vc, request);
        return planWith(row.key(), vc, m, request);
    }

    /** A plan for every primary row of {@code file} with positive values, and the suite's common plan. */
    public static SuitePlan plan(ResultFile file, Request request) {
        List<Plan> plans = new ArrayList<>();
        List<VarianceComponents> comps = new ArrayList<>();
        for (Row row : file.rows()) {
            if (!row.key().isPrimary()) {
                continue;
            }
            Plan p = plan(row, request);
            if (p != null) {
                plans.add(p);
                comps.add(p.components());
            }
        }
        if (plans.isEmpty()) {
            return new SuitePlan(ComparisonEngine.MIN_FORKS, 1, plans);
        }
        int[] its = new int[plans.size()];
        for (int i = 0; i < its.length; i++) {
            its[i] = plans.get(i).iterations();
        }
        Arrays.sort(its);
        int m = its[its.length / 2];
        int forks = ComparisonEngine.MIN_FORKS;
        for (int i = 0; i < comps.size(); i++) {
            forks = Math.max(forks, planWith(plans.get(i).key(), comps.get(i), m, request).forks());
        }
        return new SuitePlan(forks, m, plans);
    }

    private static Plan planWith(RowKey key, VarianceComponents vc, int m, Request request) {
        double delta = Math.log1p(request.relativeChange());
        double unitVariance = vc.between() + vc.within() / m;
        int n = SampleSize.perSide(unitVariance, delta, request.alpha(), request.power(), ComparisonEngine.MIN_FORKS,
                request.maxForks());
        boolean reachable = n < request.maxForks()
                || SampleSize.perSide(unitVariance, delta, request.alpha(), request.power(), ComparisonEngine.MIN_FORKS,
                request.maxForks() + 1) <= request.maxForks();
        String note = vc.betweenKnown() ? "" : "one fork: fork-to-fork variance unknown, taken as zero";
        return new Plan(key, n, m, vc, reachable, note);
    }

    private static int iterations(VarianceComponents vc, Request request) {
        if (vc.within() <= 0) {
            return 1;
        }
        if (vc.between() <= 0) {
            return request.maxIterations();
        }
        double m = Math.sqrt(request.forkCostInIterations() * vc.within() / vc.between());
        return (int) Math.max(1, Math.min(request.maxIterations(), Math.ceil(m)));
    }

    private static double[][] nonEmpty(double[][] forks) {
        int n = 0;
        for (double[] f : forks) {
            if (f.length > 0) n++;
        }
        double[][] out = new double[n][];
        int k = 0;
        for (double[] f : forks) {
            if (f.length > 0) out[k++] = f;
        }
        return out;
    }
}
