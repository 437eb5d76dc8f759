package io.mcpbench.compare.report;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Gate;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import io.mcpbench.compare.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import static io.mcpbench.compare.policy.ComparisonFixtures.row;

/** A report with one row of every outcome, for the format tests. */
final class ReportFixtures {

    static final String SEARCH = "io.mcpbench.bench.discovery.SearchBenchmark.bm25";

    private ReportFixtures() {
    }

    static List<RowComparison> rows() {
        return List.of(
                row(RowKey.of(SEARCH, "avgt", Map.of("size", "500", "q", "a,\"b\""), 1, "primary"), "us/op", 12.5, 15.0, Verdict.REGRESSED),
                row(SEARCH, "gc.alloc.rate.norm", "B/op", 1024, 2048, Verdict.REGRESSED),
                row("io.mcpbench.bench.routing.RouteBenchmark.rr", "primary", "ns/op", 40, 30, Verdict.IMPROVED),
                row("io.mcpbench.bench.routing.RouteBenchmark.rr", "gc.count", "counts", 1, 2, Verdict.REGRESSED),
                row("io.mcpbench.bench.metrics.RecordBenchmark.record", "primary", "ops/ms", 5000, 5010, Verdict.EQUIVALENT),
                row("io.mcpbench.bench.gateway.CallBenchmark.call", "primary", "us/op", 100, 104, Verdict.INCONCLUSIVE),
                row("io.mcpbench.bench.registry.RegistryBenchmark.gone", "primary", "us/op", 3, 0, Verdict.MISSING),
                row("io.mcpbench.bench.binding.BindBenchmark.fresh", "primary", "ns/op", 0, 25, Verdict.NEW));
    }

    static Report report() {
        Policy p = PolicyLoader.parse("policy.json", ("{\"allowedRegressions\": [{\"benchmark\": \".*SearchBenchmark.*\","
                + " \"metric\": \"gc.alloc.rate.norm\", \"reason\": \"bigger <index> & cache\"}],"
                + " \"limits\": [{\"benchmark\": \".*gateway.*\", \"threshold\": \"avg<100us\"},"
                + " {\"benchmark\": \".*routing.*\", \"threshold\": \"avg<1us\"}]}").getBytes(StandardCharsets.UTF_8));
        RowComparison geo = row("geomean", "primary", "ratio", 1, 1.05, Verdict.INCONCLUSIVE);
        return Report.comparison("baselines/ci/result.json", "results/run.json", Settings.DEFAULTS,
                new Report.Sources("policy.json", null, 42), new ComparisonResult(rows(), geo), Gate.evaluate(rows(), p),
                List.of("jdk.version: 17.0.8 -> 17.0.9"), true);
    }

    static final String FLEET = "io.mcpbench.bench.scenario.AgentFleetBenchmark.calls";

    /**
     * A gate with a plan of three criteria: response time not met (agents=1000 at 700 ms), error
     * rate met (worst of two checks 0.05 < 0.1), recovery not measured (no spike benchmark ran).
     */
    static Report planReport() {
        Policy p = PolicyLoader.parse("policy.json", ("{\"limits\": ["
                + "{\"plan\": \"response time\", \"target\": \"p95 < 500 ms | normal load\", \"benchmark\": \".*FleetBenchmark\\\\.calls\","
                + " \"params\": {\"agents\": \"100\"}, \"threshold\": \"metric(p95Ms)<500\"},"
                + "{\"plan\": \"response time\", \"target\": \"p95 < 500 ms | normal load\", \"benchmark\": \".*FleetBenchmark\\\\.calls\","
                + " \"params\": {\"agents\": \"1000\"}, \"threshold\": \"metric(p95Ms)<500\"},"
                + "{\"plan\": \"error rate\", \"target\": \"< 0.1%\", \"benchmark\": \".*FleetBenchmark\\\\.calls\","
                + " \"threshold\": \"metric(errorPct)<0.1\"},"
                + "{\"plan\": \"recovery\", \"target\": \"within 2 minutes <after> a spike\","
                + " \"benchmark\": \".*SpikeRecoveryBenchmark\\\\.spike\", \"threshold\": \"metric(recoveryMs)<120000\"},"
                + "{\"benchmark\": \".*RouteBenchmark.*\", \"threshold\": \"avg<1us\"}]}").getBytes(StandardCharsets.UTF_8));
        List<RowComparison> rows = List.of(
                row(RowKey.of(FLEET, "thrpt", Map.of("agents", "100"), 1, "primary"), "ops/s", 1000, 1000, Verdict.EQUIVALENT),
                row(RowKey.of(FLEET, "thrpt", Map.of("agents", "100"), 1, "p95Ms"), "#", 12, 12.5, Verdict.EQUIVALENT),
                row(RowKey.of(FLEET, "thrpt", Map.of("agents", "100"), 1, "errorPct"), "#", 0, 0, Verdict.EQUIVALENT),
                row(RowKey.of(FLEET, "thrpt", Map.of("agents", "1000"), 1, "primary"), "ops/s", 9000, 9000, Verdict.EQUIVALENT),
                row(RowKey.of(FLEET, "thrpt", Map.of("agents", "1000"), 1, "p95Ms"), "#", 650, 700, Verdict.INCONCLUSIVE),
                row(RowKey.of(FLEET, "thrpt", Map.of("agents", "1000"), 1, "errorPct"), "#", 0.04, 0.05, Verdict.INCONCLUSIVE));
        RowComparison geo = row("geomean", "primary", "ratio", 1, 1.0, Verdict.EQUIVALENT);
        return Report.comparison("baselines/ci/result.json", "results/run.json", Settings.DEFAULTS,
                new Report.Sources("policy.json", null, 0), new ComparisonResult(rows, geo), Gate.evaluate(rows, p),
                List.of(), true);
    }
}
