package io.mcpbench.compare.report;

import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.LimitCheck;

/** Sentences about limit checks and the gate's decision, shared by the formats. */
final class Limits {

    private Limits() {
    }

    /** {@code avg<=0.5ms on X (PERF_MAX_SEARCH_TIME_MS): 612 µs/op, bound 500 µs/op}. */
    static String describe(LimitCheck c) {
        return c.limit().threshold().expression() + " on " + c.key().displayName() + " (" + c.limit().source() + "): "
                + HumanUnits.format(c.value(), c.unit()) + ", bound " + HumanUnits.format(c.bound(), c.unit());
    }

    /** {@code PASS} or {@code FAIL (2 rows, 1 limit)}. */
    static String verdictLine(GateResult g) {
        if (g.passed()) return "PASS";
        return "FAIL (" + g.failingRows() + (g.failingRows() == 1 ? " row" : " rows") + ", "
                + g.violatedLimits() + (g.violatedLimits() == 1 ? " limit" : " limits") + ")";
    }
}
