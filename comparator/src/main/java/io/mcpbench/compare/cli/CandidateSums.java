package io.mcpbench.compare.cli;

import io.mcpbench.compare.jmh.Aggregation;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.policy.Gate;
import java.util.HashMap;
import java.util.Map;

/**
 * The candidate's rows whose metric JMH folds as a sum over every iteration of every fork
 * ({@link Row#summed()}), each with that sum: the figure JMH prints for it, on which a limit is
 * checked. A benchmark may report such a figure in one iteration only, or weighted so that the
 * sum is its mean; a centre per iteration would read either wrong.
 */
final class CandidateSums {

    private CandidateSums() {
    }

    /** The sum of every value of each summed row of {@code candidate}, in the row's unit. */
    static Map<RowKey, Gate.Measured> of(ResultFile candidate) {
        Map<RowKey, Gate.Measured> sums = new HashMap<>();
        for (Row r : candidate.rows()) {
            if (!r.summed()) continue;
            double sum = 0;
            for (double[] fork : r.forks()) sum += Aggregation.SUM.score(fork);
            sums.put(r.key(), new Gate.Measured(r.nonFinite() > 0 ? Double.NaN : sum, r.unit()));
        }
        return sums;
    }
}
