package io.mcpbench.compare.policy;

import static io.mcpbench.compare.policy.ComparisonFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Undecided;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.settings.Rule;
import io.mcpbench.compare.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateTest {

    private static final String A = "io.mcpbench.bench.discovery.SearchBenchmark.bm25";
    private static final String B = "io.mcpbench.bench.routing.RouteBenchmark.route";

    private static Policy policy(String json) {
        return PolicyLoader.parse("p.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void passesWhenNothingRegressed() {
        GateResult r = Gate.evaluate(List.of(
                row(A, "primary", "us/op", 10, 10.1, Verdict.EQUIVALENT),
                row(B, "primary", "us/op", 10, 9, Verdict.IMPROVED),
                row(B, "p0.99", "us/op", 10, 30, Verdict.INCONCLUSIVE),
                row(A + "New", "primary", "us/op", Double.NaN, 3, Verdict.NEW)), Policy.defaults());
        assertTrue(r.passed());
        assertEquals(0, r.failingRows());
        assertEquals(1, r.verdictCounts().get(Verdict.NEW));
        assertEquals(0, r.verdictCounts().get(Verdict.REGRESSED));
    }

    @Test
    void aGatedRegressionFails() {
        GateResult r = Gate.evaluate(List.of(row(A, "primary", "us/op", 10, 12, Verdict.REGRESSED)), Policy.defaults());
        assertFalse(r.passed());
        assertEquals(1, r.failingRows());
        assertEquals("REGRESSED", r.rows().get(0).label());
    }

    @Test
    void anUngatedMetricRegressionIsReportedButPasses() {
        GateResult r = Gate.evaluate(List.of(row(A, "gc.count", "counts", 1, 3, Verdict.REGRESSED)), Policy.defaults());
        assertTrue(r.passed());
        assertTrue(r.rows().get(0).ungatedBad());
    }

    @Test
    void overridesDecideWhichMetricsAreGated() {
        Policy p = policy("{\"overrides\": [{\"benchmark\": \".*routing.*\", \"gatedMetrics\": [\"p0.99\"]}]}");
        List<RowComparison> rows = List.of(row(B, "primary", "us/op", 10, 12, Verdict.REGRESSED));
        assertTrue(Gate.evaluate(rows, p).passed());
        assertFalse(Gate.evaluate(List.of(row(B, "route·p0.99", "us/op", 10, 12, Verdict.REGRESSED)), p).passed());
        assertFalse(Gate.evaluate(List.of(row(A, "primary", "us/op", 10, 12, Verdict.REGRESSED)), p).passed());
    }

    @Test
    void anAllowedRegressionPassesWithItsReason() {
        Policy p = policy("{\"allowedRegressions\": [{\"benchmark\": \".*SearchBenchmark.*\", \"reason\": \"accepted: bigger index\"}]}");
        GateResult r = Gate.evaluate(List.of(row(A, "primary", "us/op", 10, 12, Verdict.REGRESSED)), p);
        assertTrue(r.passed());
        assertEquals("ALLOWED", r.rows().get(0).label());
        assertEquals("accepted: bigger index", r.rows().get(0).allowedReason());
        assertEquals(1, r.allowedRows());
    }

    @Test
    void aMissingBenchmarkFailsUnlessAllowed() {
        List<RowComparison> rows = List.of(row(A, "primary", "us/op", 10, Double.NaN, Verdict.MISSING));
        assertFalse(Gate.evaluate(rows, Policy.defaults()).passed());
        Policy p = policy("{\"allowedMissing\": [{\"benchmark\": \".*bm25\", \"reason\": \"renamed\"}]}");
        GateResult r = Gate.evaluate(rows, p);
        assertTrue(r.passed());
        assertEquals("ALLOWED", r.rows().get(0).label());
    }

    @Test
    void aMissingPrimaryFailsEvenWhenPrimaryIsNotGated() {
        Policy p = policy("{\"defaults\": {\"gatedMetrics\": [\"gc.alloc.rate.norm\"]}}");
        assertFalse(Gate.evaluate(List.of(row(A, "primary", "us/op", 10, 0, Verdict.MISSING)), p).passed());
    }

    @Test
    void aMissingUngatedSecondaryIsReportedButPasses() {
        GateResult r = Gate.evaluate(List.of(row(A, "gc.time", "ms", 10, 0, Verdict.MISSING)), Policy.defaults());
        assertTrue(r.passed());
        assertNull(r.rows().get(0).allowedReason());
        assertEquals("MISSING", r.rows().get(0).label());
    }

    @Test
    void limitsAreCheckedInTheRowUnit() {
        Policy p = Policy.defaults().withLimits(EnvironmentLimits.from(Map.of("PERF_MAX_SEARCH_TIME_MS", "0.5")));
        GateResult ok = Gate.evaluate(List.of(row(A, "primary", "us/op", 400, 499, Verdict.REGRESSED)),
                p.withSettings(p.settings().with(null, null, null, null)));
        // the regression fails, but the limit holds: 499 us <= 0.5 ms
        assertEquals(1, ok.limitChecks().size());
        assertTrue(ok.limitChecks().get(0).passed());
        assertEquals(500, ok.limitChecks().get(0).bound(), 1e-9);

        GateResult bad = Gate.evaluate(List.of(row(A, "primary", "us/op", 400, 501, Verdict.EQUIVALENT)), p);
        assertFalse(bad.passed());
        assertEquals(1, bad.violatedLimits());
        assertEquals(0, bad.failingRows());
    }

    @Test
    void limitsSkipRowsOfOtherMetricsUnitsAndMissingRows() {
        Policy p = policy("{\"limits\": [{\"benchmark\": \".*\", \"thresholds\": [\"p(99)<1ms\", \"thrpt>100ops/s\"]}]}");
        GateResult r = Gate.evaluate(List.of(
                row(A, "primary", "us/op", 1, 5000, Verdict.REGRESSED),
                row(A, "p0.99", "us/op", 1, 2000, Verdict.MISSING),
                row(B, "search·p0.99", "ms/op", 1, 0.5, Verdict.EQUIVALENT)), Policy.defaults().withLimits(p.limits()));
        assertEquals(1, r.limitChecks().size());
        assertTrue(r.limitChecks().get(0).passed());
        assertEquals(1, r.unmatchedLimits().size());
        assertEquals("thrpt>100ops/s", r.unmatchedLimits().get(0).threshold().expression());
    }

    @Test
    void aLimitOnAMetricJmhSumsIsCheckedOnTheSum() {
        // a figure reported once, in the last of 20 iterations: its centre per iteration is 0, JMH's score 145.5
        Policy p = policy("{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"metric(heapSlopeLowMBPerHour)<=0\"}]}");
        RowComparison r = row(A, "heapSlopeLowMBPerHour", "#", 0, 0, Verdict.EQUIVALENT);
        assertTrue(Gate.evaluate(List.of(r), p).passed(), "read per iteration, the figure is hidden");
        GateResult asSum = Gate.evaluate(List.of(r), p, p.settings(), (key, metric) -> null,
                Map.of(r.key(), new Gate.Measured(145.5, "#")));
        assertFalse(asSum.passed());
        assertEquals(145.5, asSum.limitChecks().get(0).value(), 1e-12);
        GateResult notFinite = Gate.evaluate(List.of(r), p, p.settings(), (key, metric) -> null,
                Map.of(r.key(), new Gate.Measured(Double.NaN, "#")));
        assertFalse(notFinite.passed());
        assertFalse(notFinite.limitChecks().get(0).checked());
    }

    @Test
    void throughputLimitsCompareUpward() {
        Policy p = policy("{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"thrpt>=10000ops/s\"}]}");
        assertTrue(Gate.evaluate(List.of(row(A, "primary", "ops/ms", 10, 10, Verdict.EQUIVALENT)), p).passed());
        assertFalse(Gate.evaluate(List.of(row(A, "primary", "ops/ms", 10, 9.99, Verdict.EQUIVALENT)), p).passed());
    }

    @Test
    void percentileLimitsWithoutARowUseExtraValuesOfTheBenchmark() {
        Policy p = policy("{\"limits\": [{\"benchmark\": \".*\", \"thresholds\": [\"p(95)<1ms\", \"p(99)<1ms\"]}]}");
        List<RowComparison> rows = List.of(
                row(io.mcpbench.compare.model.RowKey.of(A, "sample", Map.of(), 1, "primary"), "us/op", 500, 510, Verdict.EQUIVALENT),
                row(io.mcpbench.compare.model.RowKey.of(A, "sample", Map.of(), 1, "p0.99"), "us/op", 800, 900, Verdict.EQUIVALENT));
        GateResult r = Gate.evaluate(rows, p, p.settings(),
                (key, metric) -> metric.equals("p0.95") ? new Gate.Measured(1.2, "ms/op") : null);
        assertEquals(2, r.limitChecks().size());
        LimitCheck p95 = r.limitChecks().stream().filter(c -> c.key().metric().equals("p0.95")).findFirst().orElseThrow();
        assertFalse(p95.passed());
        assertEquals(1.0, p95.bound(), 1e-12);
        assertFalse(r.passed());
        // p(99) is checked on its own row, not on the extra value
        assertTrue(r.limitChecks().stream().filter(c -> c.key().metric().equals("p0.99")).allMatch(LimitCheck::passed));
    }

    @Test
    void aGatedInconclusiveRowDoesWhatTheRulesSay() {
        List<RowComparison> rows = List.of(row(A, "primary", "us/op", 10, 10.4, Verdict.INCONCLUSIVE));
        GateResult warn = Gate.evaluate(rows, Policy.defaults());
        assertEquals(0, warn.exitCode());
        assertEquals(Outcome.WARN, warn.rows().get(0).outcome());
        assertEquals(1, warn.count(Outcome.WARN));
        GateResult fail = Gate.evaluate(rows, Policy.defaults(), Settings.DEFAULTS.with(null, null, Rule.FAIL, Rule.FAIL), (k, m) -> null);
        assertEquals(GateResult.FAIL, fail.exitCode());
        GateResult pass = Gate.evaluate(rows, Policy.defaults(), Settings.DEFAULTS.with(null, null, Rule.PASS, Rule.FAIL), (k, m) -> null);
        assertEquals(Outcome.PASS, pass.rows().get(0).outcome());
        // an ungated INCONCLUSIVE row never matters
        GateResult ungated = Gate.evaluate(List.of(row(A, "gc.count", "counts", 1, 3, Verdict.INCONCLUSIVE)),
                Policy.defaults(), Settings.DEFAULTS.with(null, null, Rule.FAIL, Rule.FAIL), (k, m) -> null);
        assertTrue(ungated.passed());
    }

    @Test
    void aGatedRowWithTooFewForksCannotGateUnlessTheRulesPassIt() {
        RowComparison one = untested(row(A, "primary", "us/op", 10, 1000, Verdict.INCONCLUSIVE), Undecided.TOO_FEW_FORKS);
        GateResult r = Gate.evaluate(List.of(one), Policy.defaults());
        assertEquals(GateResult.CANNOT_GATE, r.exitCode());
        assertEquals(Outcome.CANNOT_GATE, r.rows().get(0).outcome());
        GateResult smoke = Gate.evaluate(List.of(one), Policy.defaults(), Settings.DEFAULTS.with(null, null, Rule.WARN, Rule.PASS), (k, m) -> null);
        assertTrue(smoke.passed());
    }

    @Test
    void untrustedGatedRowsFailClosedAndARegressionStillReadsAsOne() {
        RowComparison nan = untested(row(A, "primary", "us/op", 10, 12, Verdict.INCONCLUSIVE), Undecided.NOT_COMPUTABLE);
        RowComparison wild = untested(row(B, "primary", "us/op", 10, 12, Verdict.INCONCLUSIVE), Undecided.WILD_FORK);
        assertEquals(GateResult.CANNOT_GATE, Gate.evaluate(List.of(nan, wild), Policy.defaults()).exitCode());
        GateResult both = Gate.evaluate(List.of(nan, row(B, "primary", "us/op", 10, 12, Verdict.REGRESSED)), Policy.defaults());
        assertEquals(GateResult.FAIL, both.exitCode());
        // an untrusted ungated row is reported, not failed
        RowComparison churn = untested(row(A, "gc.churn.G1_Eden_Space.norm", "B/op", 10, 12, Verdict.INCONCLUSIVE),
                Undecided.NOT_COMPUTABLE);
        assertTrue(Gate.evaluate(List.of(churn), Policy.defaults()).passed());
    }

    @Test
    void ratesThatFollowThroughputAreNeverGated() {
        Policy p = Policy.defaults();
        assertFalse(p.settings().forBenchmark(A).gates("gc.alloc.rate"));
        assertTrue(p.settings().forBenchmark(A).gates("gc.alloc.rate.norm"));
        assertTrue(Gate.evaluate(List.of(row(A, "gc.alloc.rate", "MB/sec", 100, 200, Verdict.CHANGED)), p).passed());
    }

    @Test
    void aLimitNamingARowItCannotCheckFailsClosed() {
        Policy p = policy("{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"avg<1ms\"}]}");
        RowComparison noValue = row(A, "primary", "us/op", 10, Double.NaN, Verdict.INCONCLUSIVE);
        GateResult r = Gate.evaluate(List.of(noValue), Policy.defaults().withLimits(p.limits()));
        assertEquals(1, r.uncheckedLimits());
        assertFalse(r.limitChecks().get(0).checked());
        assertEquals(GateResult.CANNOT_GATE, r.exitCode());
        // a time limit does not name a throughput row of the same benchmark: nothing to check there
        GateResult other = Gate.evaluate(List.of(row(A, "primary", "ops/s", 10, 10, Verdict.EQUIVALENT)),
                Policy.defaults().withLimits(p.limits()));
        assertEquals(0, other.limitChecks().size());
        assertTrue(other.passed());
    }

    private static RowComparison untested(RowComparison r, Undecided why) {
        return new RowComparison(r.key(), r.unit(), r.direction(), r.baseScore(), r.candScore(), r.ratio(), Double.NaN,
                Double.NaN, Double.NaN, r.change(), Double.NaN, Double.NaN, r.baseForks(), r.candForks(), 3, Double.NaN,
                r.verdict(), why, "", r.steady(), why.name());
    }
}
