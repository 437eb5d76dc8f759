package io.mcpbench.compare.cli;

import io.mcpbench.compare.jmh.Percentiles;
import io.mcpbench.compare.jmh.PooledSamples;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.policy.Gate;
import java.util.HashMap;
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
        double v = Percentiles.of(PooledSamples.of(row.histograms()), percent);
        return Double.isNaN(v) ? null : new Gate.Measured(v, row.unit());
    }

    /** Quantile {@code q} (0 to 1) of all samples of {@code histograms} by JMH's estimator; NaN without samples. */
    static double percentile(double[][][][] histograms, double q) {
        return Percentiles.of(PooledSamples.of(histograms), q * 100);
    }
}
