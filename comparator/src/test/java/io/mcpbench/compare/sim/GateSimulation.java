package io.mcpbench.compare.sim;

import io.mcpbench.compare.analysis.ComparisonEngine;
import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Gate;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.settings.Settings;

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
     * {@code suites} runs of {@code design} under {@code noise}; in each, row 0 is {@code slowdown}
     * times slower in the candidate (1.0: an A/A run).
     */
    public Tally run(JmhNoise noise, JmhNoise.Design design, double slowdown, int suites, long seed) {
        Policy policy = Policy.defaults();
        int rows = 0;
        int falseRegressed = 0;
        int failed = 0;
        int caught = 0;
        int changed = 0;
        boolean aa = slowdown == 1.0;
        for (int s = 0; s < suites; s++) {
            JmhNoise.Suite suite = noise.suite(design, seed * 1_000_003L + s, aa ? -1 : 0, slowdown, 0);
            ComparisonResult r = engine.compare(suite.base(), suite.cand(), Settings.DEFAULTS);
            GateResult gate = Gate.evaluate(r.rows(), policy, policy.settings(), (k, m) -> null);
            boolean rowFalse = false;
            for (RowComparison c : r.rows()) {
                boolean plant = !aa && c.key().isPrimary() && c.key().benchmark().equals("sim.Bench.m0");
                if (plant) {
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
        return new Tally(suites, rows, falseRegressed, failed, caught, changed);
    }
}
