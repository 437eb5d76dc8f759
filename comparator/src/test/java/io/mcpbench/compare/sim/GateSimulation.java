package io.mcpbench.compare.sim;

import io.mcpbench.compare.analysis.ComparisonEngine;
import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.decision.AlphaSpending;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Gate;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.settings.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the whole decision (engine and gate, with the default policy) on many simulated suites and
 * counts what a user would see: rows falsely REGRESSED, suites whose gate failed, and how often a
 * planted slowdown was caught.
 */
public final class GateSimulation {

    /** What a batch of simulated runs gave. */
    public record Tally(int suites, int rows, int falseRegressed, int failedSuites, int caught, int changedRows) {

        public double falseRowShare() {
            return rows == 0 ? 0 : falseRegressed / (double) rows;
        }

        public double failedSuiteShare() {
            return failedSuites / (double) suites;
        }

        public double power() {
            return changedRows == 0 ? Double.NaN : caught / (double) changedRows;
        }
    }

    private final ComparisonEngine engine = new ComparisonEngine();

    /**
     * A sequential A/B run as {@code scripts/ab.sh --budget} makes one: rounds up to
     * {@code d.forks()}, a look after each from round 3 on, at the level O'Brien-Fleming spending
     * gives the look ({@code spending}) or, naively, at the whole level every time; the run stops
     * at the first look where every gated row is decided, else at the last. Counts as {@link #run}.
     */
    public Tally runSequential(JmhNoise noise, JmhNoise.Design d, double slowdown, int suites, long seed, boolean spending) {
        Policy policy = Policy.defaults();
        Counts counts = new Counts();
        boolean aa = slowdown == 1.0;
        for (int s = 0; s < suites; s++) {
            JmhNoise.Suite suite = noise.suite(d, seed * 1_000_003L + s, aa ? -1 : 0, slowdown, 0);
            List<RowComparison> last = null;
            double from = 0;
            for (int r = 3; r <= d.forks(); r++) {
                double to = (double) r / d.forks();
                double q = spending ? Math.max(Double.MIN_NORMAL, AlphaSpending.look(policy.settings().q(), from, to)) : policy.settings().q();
                from = to;
                ComparisonResult result = engine.compare(firstRounds(suite.base(), r), firstRounds(suite.cand(), r),
                        Settings.of(q, policy.settings().noiseFloor()));
                last = result.rows();
                boolean allDecided = true;
                for (RowComparison c : last) {
                    if (policy.settings().forBenchmark(c.key().benchmark()).gates(c.key().metric()) && c.verdict() == Verdict.INCONCLUSIVE) {
                        allDecided = false;
                    }
                }
                if (allDecided) break;
            }
            counts.add(last, Gate.evaluate(last, policy, policy.settings(), (k, m) -> null), aa);
        }
        return counts.tally(suites);
    }

    /** What the suites of a batch gave, suite by suite. */
    private static final class Counts {
        int rows;
        int falseRegressed;
        int failed;
        int caught;
        int changed;

        /** One suite: row 0's primary is the plant (unless {@code aa}); any other REGRESSED row is false. */
        void add(List<RowComparison> compared, GateResult gate, boolean aa) {
            boolean rowFalse = false;
            for (RowComparison c : compared) {
                if (!aa && c.key().isPrimary() && c.key().benchmark().equals("sim.Bench.m0")) {
                    changed++;
                    if (c.verdict() == Verdict.REGRESSED) caught++;
                    continue;
                }
                rows++;
                if (c.verdict() == Verdict.REGRESSED) {
                    falseRegressed++;
                    rowFalse = true;
                }
            }
            if (aa ? !gate.passed() : rowFalse) failed++;
        }

        Tally tally(int suites) {
            return new Tally(suites, rows, falseRegressed, failed, caught, changed);
        }
    }

    /** {@code file} with only the first {@code rounds} forks of each row. */
    private static ResultFile firstRounds(ResultFile file, int rounds) {
        List<Row> out = new ArrayList<>();
        for (Row r : file.rows()) {
            int n = Math.min(rounds, r.forks().length);
            out.add(new Row(r.key(), r.unit(), Arrays.copyOf(r.forks(), n), null,
                    r.forkLabels() == null ? null : Arrays.copyOf(r.forkLabels(), n), 0));
        }
        return new ResultFile(file.source(), file.runInfo(), out);
    }

    /**
     * {@code suites} runs of {@code design} under {@code noise}; in each, row 0 is {@code slowdown}
     * times slower in the candidate (1.0: an A/A run).
     */
    public Tally run(JmhNoise noise, JmhNoise.Design design, double slowdown, int suites, long seed) {
        Policy policy = Policy.defaults();
        Counts counts = new Counts();
        boolean aa = slowdown == 1.0;
        for (int s = 0; s < suites; s++) {
            JmhNoise.Suite suite = noise.suite(design, seed * 1_000_003L + s, aa ? -1 : 0, slowdown, 0);
            ComparisonResult r = engine.compare(suite.base(), suite.cand(), Settings.DEFAULTS);
            counts.add(r.rows(), Gate.evaluate(r.rows(), policy, policy.settings(), (k, m) -> null), aa);
        }
        return counts.tally(suites);
    }
}
