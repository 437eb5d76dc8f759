package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.normalize.Directions;
import io.mcpbench.compare.stats.VarianceComponents;
import io.mcpbench.compare.steady.SteadyState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Plans a run from a previous one (Kalibera and Jones, "Rigorous benchmarking in reasonable
 * time"), with the variance model and the level the gate decides with: each row's log
 * measurements (warm-up dropped, unsettled forks left out, as the comparison does) split into
 * fork-to-fork and iteration components; the iterations per fork that minimise cost for a given
 * fork cost ({@code sqrt(forkCost * within / between)}); then the forks per side at which the
 * gate's test (Student's, {@code 2n - 2} degrees of freedom) shows the change with the requested
 * power at the level a Benjamini-Hochberg family of {@code m} gated rows gives one discovery,
 * {@code q / m}.
 */
public final class ExperimentPlanner {

    /** The most forks per side a plan considers: beyond it a change is not worth measuring this way. */
    public static final int MAX_FORKS = 10_000;
    /** The most iterations per fork a plan considers. */
    public static final int MAX_ITERATIONS = 100_000;

    /**
     * What to plan for.
     *
     * @param relativeChange       smallest change to detect (0.05 = 5%)
     * @param power                probability of detecting it (0.8)
     * @param q                    false discovery rate of the gate (0.05)
     * @param gatedRows            rows the gate will test together (m); 0 for the pilot's own count
     * @param forkCostInIterations cost of starting and warming a fork, in measurement iterations
     * @param maxForks             upper bound on forks per side
     * @param maxIterations        upper bound on iterations per fork
     */
    public record Request(double relativeChange, double power, double q, int gatedRows, double forkCostInIterations,
                          int maxForks, int maxIterations) {

        public Request {
            if (!(relativeChange > 0 && relativeChange < 1)) {
                throw new IllegalArgumentException("relativeChange must be in (0, 1), got " + relativeChange);
            }
            if (!(power > 0 && power < 1) || !(q > 0 && q < 0.5)) {
                throw new IllegalArgumentException("power must be in (0, 1) and q in (0, 0.5), got " + power + ", " + q);
            }
            if (gatedRows < 0 || !(forkCostInIterations >= 0) || Double.isInfinite(forkCostInIterations)) {
                throw new IllegalArgumentException("gatedRows and forkCost must be finite and >= 0");
            }
            if (maxForks < 2 || maxForks > MAX_FORKS || maxIterations < 1 || maxIterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("--max-forks must be 2 to " + MAX_FORKS + " and --max-iterations 1 to "
                        + MAX_ITERATIONS + ", not " + maxForks + " and " + maxIterations);
            }
        }

        /** 80% power, q 0.05, the pilot's own gated rows, a fork costing 20 iterations, up to 100 forks and iterations. */
        public static Request of(double relativeChange) {
            return new Request(relativeChange, 0.8, 0.05, 0, 20, 100, 100);
        }
    }

    /**
     * A plan for one row.
     *
     * @param key        the row
     * @param forks      forks per side
     * @param iterations measurement iterations per fork
     * @param components the variance components it rests on (log scale)
     * @param reachable  false when even {@code maxForks} would not reach the requested power
     * @param note       caveats (e.g. a single fork hides the fork-to-fork variance)
     */
    public record Plan(RowKey key, int forks, int iterations, VarianceComponents components, boolean reachable,
                       String note) {
    }

    /**
     * A plan for a suite: one fork and iteration count for all rows (the median row's iterations,
     * and the most forks any row needs at that count), each row's own plan, and the level used.
     */
    public record SuitePlan(int forks, int iterations, double alpha, int gatedRows, List<Plan> rows) {

        public SuitePlan {
            rows = List.copyOf(rows);
        }
    }

    private ExperimentPlanner() {
    }

    /** The plan for one row at two-sided level {@code alpha}; null when its values are not all positive. */
    public static Plan plan(Row row, Request request, double alpha) {
        double[][] kept = SteadyState.keptIterations(row);
        if (kept.length == 0) {
            return null;
        }
        for (double[] f : kept) {
            for (double v : f) {
                if (!(v > 0)) return null;
            }
        }
        VarianceComponents vc = VarianceComponents.of(kept);
        return planWith(row.key(), vc, iterations(vc, request), request, alpha);
    }

    /** A plan for every primary row of {@code file} with positive values, and the suite's common plan. */
    public static SuitePlan plan(ResultFile file, Request request) {
        int m = request.gatedRows();
        if (m == 0) {
            for (Row row : file.rows()) {
                if (row.key().isPrimary() || Directions.isAllocation(row.key())) m++;
            }
        }
        double alpha = request.q() / Math.max(1, m);
        List<Plan> plans = new ArrayList<>();
        for (Row row : file.rows()) {
            if (!row.key().isPrimary()) {
                continue;
            }
            Plan p = plan(row, request, alpha);
            if (p != null) {
                plans.add(p);
            }
        }
        if (plans.isEmpty()) {
            return new SuitePlan(3, 1, alpha, m, plans);
        }
        int[] its = new int[plans.size()];
        for (int i = 0; i < its.length; i++) {
            its[i] = plans.get(i).iterations();
        }
        Arrays.sort(its);
        int iterations = its[its.length / 2];
        int forks = 2;
        for (Plan p : plans) {
            forks = Math.max(forks, planWith(p.key(), p.components(), iterations, request, alpha).forks());
        }
        return new SuitePlan(forks, iterations, alpha, m, plans);
    }

    private static Plan planWith(RowKey key, VarianceComponents vc, int m, Request request, double alpha) {
        double delta = Math.log1p(request.relativeChange());
        double unitVariance = vc.between() + vc.within() / m;
        int n = forksPerSide(unitVariance, delta, alpha, request.power(), request.maxForks());
        boolean reachable = n <= request.maxForks();
        String note = vc.betweenKnown() ? "" : "one fork: fork-to-fork variance unknown, taken as zero";
        return new Plan(key, Math.min(n, request.maxForks()), m, vc, reachable, note);
    }

    /** Smallest n with (t(1 - alpha/2) + t(power)) sqrt(2 v / n) <= delta at 2 n - 2 degrees of freedom; max + 1 if none. */
    static int forksPerSide(double unitVariance, double delta, double alpha, double power, int max) {
        if (!(unitVariance > 0)) {
            return 3;
        }
        for (int n = 3; n <= max; n++) {
            double df = 2.0 * n - 2;
            TDistribution t = TDistribution.of(df);
            double k = t.inverseSurvivalProbability(alpha / 2) + t.inverseCumulativeProbability(power);
            if (k * Math.sqrt(2 * unitVariance / n) <= delta) {
                return n;
            }
        }
        return max + 1;
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
}
