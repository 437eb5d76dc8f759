package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Undecided;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.settings.Settings;
import io.mcpbench.compare.stats.TInterval;
import java.util.List;

/**
 * The run at a glance: the geometric mean of the candidate/baseline ratios of every tested
 * primary row, oriented so that above 1 is worse (throughput ratios inverted), with a t interval
 * over rows. A summary for readers, never gated: rows are not a sample of anything.
 */
final class GeometricMean {

    private GeometricMean() {
    }

    static RowComparison of(List<RowComparison> rows, Settings s) {
        double[] logs = new double[rows.size()];
        int n = 0;
        for (RowComparison r : rows) {
            if (r.key().isPrimary() && !r.method().isEmpty() && r.ratio() > 0 && Double.isFinite(r.ratio())) {
                double l = Math.log(r.ratio());
                logs[n++] = r.direction() == Direction.HIGHER_IS_BETTER ? -l : l;
            }
        }
        RowKey key = new RowKey("geomean", "all", null, 0, RowKey.PRIMARY);
        double f = Math.log1p(s.forBenchmark(key.benchmark()).noiseFloor());
        if (n == 0) {
            return new RowComparison(key, "ratio", Direction.LOWER_IS_BETTER, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, Double.NaN,
                    Verdict.INCONCLUSIVE, Undecided.NO, "", RowComparison.Steady.NONE,
                    "no primary row tested on both sides");
        }
        double mean = 0;
        for (int i = 0; i < n; i++) mean += logs[i];
        mean /= n;
        double geo = Math.exp(mean);
        Verdict verdict = Verdict.INCONCLUSIVE;
        double lo = Double.NaN;
        double hi = Double.NaN;
        double p = Double.NaN;
        double level = 1 - s.q();
        if (n >= 2) {
            double ss = 0;
            for (int i = 0; i < n; i++) ss += (logs[i] - mean) * (logs[i] - mean);
            TInterval t = new TInterval(mean, Math.sqrt(ss / (n - 1) / n), n - 1);
            lo = t.low(level);
            hi = t.high(level);
            p = t.p();
            if (lo > 0 && hi > f) {
                verdict = Verdict.REGRESSED;
            } else if (hi < 0 && lo < -f) {
                verdict = Verdict.IMPROVED;
            } else if (t.low(1 - 2 * s.q()) > -f && t.high(1 - 2 * s.q()) < f) {
                verdict = Verdict.EQUIVALENT;
            }
        }
        return new RowComparison(key, "ratio", Direction.LOWER_IS_BETTER, 1.0, geo, geo, Math.exp(lo), Math.exp(hi),
                level, geo - 1.0, p, p, n, n, 0, Double.NaN, verdict, Undecided.NO, "rows (" + n + ")",
                RowComparison.Steady.NONE, "geometric mean over " + n
                + " primary rows, ratios oriented so that above 1 is worse");
    }
}
