package io.mcpbench.compare.report;

import static io.mcpbench.compare.policy.ComparisonFixtures.row;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Gate;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("q", 0.05);
        settings.put("noiseFloor", 0.02);
        settings.put("seed", 42L);
        RowComparison geo = row("geomean", "primary", "ratio", 1, 1.05, Verdict.INCONCLUSIVE);
        return new Report("baselines/ci/result.json", "results/run.json", settings, Gate.evaluate(rows(), p), geo,
                List.of("jdk.version: 17.0.8 -> 17.0.9"), true);
    }
}
