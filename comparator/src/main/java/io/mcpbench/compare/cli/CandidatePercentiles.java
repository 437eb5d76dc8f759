package io.mcpbench.compare.cli;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.merge.JmhPercentiles;
import io.mcpbench.compare.policy.Gate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Percentiles of a candidate's sample-mode benchmarks pooled over every sample of every fork
 * (by JMH's estimator, so the value matches what JMH prints), for limits such as {@code p(95)<500us} or {@code max<2ms} when the result has
 * no row for that percentile. An SLO speaks of the whole distribution, so pooling is right here,
 * whereas the comparison itself works per fork.
 */
final class CandidatePercentiles implements Gate.ExtraValues {

    private final Map<RowKey, Row> primaries = new HashMap<>();

    CandidatePercentiles(ResultFile candidate) {
        for (Row r : candidate.rows()) {
            if (r.key().isPrimary() && r.hasHistograms()) primaries.put(r.key(), r);
        }
    }

    @Override
    public Gate.Measured value(RowKey primary, String metric) {
        Row row = primaries.get(primary);
        if (row == null || !metric.startsWith("p")) return null;
        double percent;
        try {
            percent = new java.math.BigDecimal(metric.substring(1)).movePointRight(2).doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
        if (!(percent >= 0 && percent <= 100)) return null;
        double v = percentile(row.histograms(), percent / 100);
        return Double.isNaN(v) ? null : new Gate.Measured(v, row.unit());
    }

    /** Quantile {@code q} of all {@code [value, count]} pairs by JMH's estimator; NaN without samples. */
    static double percentile(double[][][][] histograms, double q) {
        List<double[]> pairs = new ArrayList<>();
        double n = 0;
        for (double[][][] fork : histograms) {
            if (fork == null) continue;
            for (double[][] iteration : fork) {
                if (iteration == null) continue;
                for (double[] pair : iteration) {
                    if (pair.length >= 2 && Double.isFinite(pair[0]) && pair[1] > 0) {
                        pairs.add(pair);
                        n += pair[1];
                    }
                }
            }
        }
        if (pairs.isEmpty()) return Double.NaN;
        pairs.sort((a, b) -> Double.compare(a[0], b[0]));
        return JmhPercentiles.of(pairs, n, q * 100);
    }
}
