package io.mcpbench.compare.cli;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.policy.Gate;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.settings.Settings;
import java.util.List;

/**
 * The policy applied to a comparison with every candidate value a limit may need beside the
 * compared rows (pooled percentiles, the sums JMH prints), so that each command checks limits
 * the same way.
 */
final class CandidateGate {

    private CandidateGate() {
    }

    /** {@link Gate#evaluate} of {@code rows} against {@code candidate}'s pooled percentiles and sums. */
    static GateResult evaluate(List<RowComparison> rows, Policy policy, Settings settings, ResultFile candidate) {
        return Gate.evaluate(rows, policy, settings, new CandidatePercentiles(candidate), CandidateSums.of(candidate));
    }
}
