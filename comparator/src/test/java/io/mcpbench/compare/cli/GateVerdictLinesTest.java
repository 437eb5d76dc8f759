package io.mcpbench.compare.cli;

import static io.mcpbench.compare.policy.ComparisonFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Gate;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateVerdictLinesTest {

    @Test
    void aGatedMetricNameThatMatchesNoRowIsNamed() {
        Policy policy = PolicyLoader.parse("p.json", ("{\"defaults\": {\"gatedMetrics\": [\"primary\", \"gc.alloc.rate.nrom\"]},"
                + " \"overrides\": [{\"benchmark\": \".*\", \"gatedMetrics\": [\"primary\", \"p0.99\"]}]}")
                .getBytes(StandardCharsets.UTF_8));
        GateResult gate = Gate.evaluate(List.of(row("a.B.c", "primary", "us/op", 10, 10, Verdict.EQUIVALENT),
                row("a.B.c", "gc.alloc.rate.norm", "B/op", 10, 10, Verdict.EQUIVALENT)), policy);
        assertEquals(List.of("gc.alloc.rate.nrom", "p0.99"), GateVerdictLines.unmatchedGatedMetrics(gate, policy.settings()));
    }
}
