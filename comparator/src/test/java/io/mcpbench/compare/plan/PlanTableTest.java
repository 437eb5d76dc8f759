package io.mcpbench.compare.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.policy.Limit;
import io.mcpbench.compare.policy.LimitCheck;
import io.mcpbench.compare.policy.ThresholdParser;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlanTableTest {

    private static final String FLEET = "b.AgentFleetBenchmark.calls";

    private static Limit limit(String plan, String threshold) {
        return new Limit(Pattern.compile(".*Fleet.*"), Map.of(), ThresholdParser.parse(threshold), "policy.json",
                plan == null ? null : new Limit.PlanCriterion(plan, "the plan's words"));
    }

    private static LimitCheck check(Limit l, String agents, double value, double bound) {
        RowKey key = RowKey.of(FLEET, "thrpt", Map.of("agents", agents), 1, "p95Ms");
        return new LimitCheck(l, key, value, bound, "#", l.threshold().op().holds(value, bound));
    }

    @Test
    void aCriterionIsMetOnlyWhenEveryLimitOfItWasMeasuredAndHolds() {
        Limit p95 = limit("response time", "metric(p95Ms)<500");
        Limit errors = limit("response time", "metric(errorPct)<0.1");
        Limit heap = limit("memory", "metric(heap)<1024");
        Limit recovery = limit("recovery", "metric(recoveryMs)<120000");
        Limit outside = limit(null, "metric(p95Ms)<1");
        PlanTable plan = PlanTable.of(List.of(p95, errors, heap, recovery, outside), List.of(
                check(p95, "100", 12, 500), check(p95, "1000", 450, 500), check(heap, "100", 2048, 1024),
                check(outside, "100", 12, 1)));
        assertEquals(List.of("response time", "memory", "recovery"),
                plan.criteria().stream().map(Criterion::name).toList(), "in the policy's order; a limit without a plan is no criterion");
        assertEquals(PlanStatus.NOT_MEASURED, plan.criteria().get(0).status(), "errorPct named no row: the criterion is not measured");
        assertEquals(PlanStatus.NOT_MET, plan.criteria().get(1).status());
        assertEquals(PlanStatus.NOT_MEASURED, plan.criteria().get(2).status());
        assertEquals(0, plan.met());
        assertFalse(plan.allMet());
        assertEquals("0 of 3 criteria met (2 not measured)", plan.headline());
    }

    @Test
    void theShownCheckIsAFailingOneElseTheOneNearestItsBound() {
        Limit p95 = limit("response time", "metric(p95Ms)<500");
        LimitCheck near = check(p95, "1000", 450, 500);
        LimitCheck far = check(p95, "100", 12, 500);
        PlanTable met = PlanTable.of(List.of(p95), List.of(far, near));
        assertEquals(PlanStatus.MET, met.criteria().get(0).status());
        assertSame(near, met.criteria().get(0).shown());
        assertTrue(met.allMet());
        assertEquals("1 of 1 criterion met", met.headline());

        LimitCheck over = check(p95, "500", 501, 500);
        assertSame(over, PlanTable.of(List.of(p95), List.of(near, over)).criteria().get(0).shown());

        Limit floor = limit("memory stability", "metric(heapSlopeLowMBPerHour)<=0");
        LimitCheck below = check(floor, "100", -40, 0);
        LimitCheck nearZero = check(floor, "500", -1, 0);
        assertSame(nearZero, PlanTable.of(List.of(floor), List.of(below, nearZero)).criteria().get(0).shown(),
                "a bound of zero: the plain distance");
        Limit atLeast = limit("throughput", "metric(agents)>=1000");
        assertEquals(check(atLeast, "1", 1000, 1000).key(),
                PlanTable.of(List.of(atLeast), List.of(check(atLeast, "2", 5000, 1000), check(atLeast, "1", 1000, 1000)))
                        .criteria().get(0).shown().key(), "for >= the smallest value is nearest");
    }

    @Test
    void aLimitThatCouldNotBeCheckedLeavesItsCriterionNotMet() {
        Limit p95 = limit("response time", "metric(p95Ms)<500");
        LimitCheck unchecked = LimitCheck.unchecked(p95, RowKey.of(FLEET, "thrpt", Map.of(), 1, "p95Ms"), "#",
                "the candidate's value is not a finite number");
        PlanTable plan = PlanTable.of(List.of(p95), List.of(unchecked));
        assertEquals(PlanStatus.NOT_MET, plan.criteria().get(0).status());
        assertSame(unchecked, plan.criteria().get(0).shown());
    }

    @Test
    void aPolicyWithoutPlanLimitsHasNoPlan() {
        PlanTable plan = PlanTable.of(List.of(limit(null, "avg<1us")), List.of());
        assertTrue(plan.isEmpty());
        assertFalse(plan.allMet(), "no plan is not a plan met");
        assertTrue(PlanTable.NONE.isEmpty());
    }
}
