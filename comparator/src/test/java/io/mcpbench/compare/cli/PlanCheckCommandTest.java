package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.report.StrictReaders;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code comparator plan-check} on JMH results of agent scenarios, through the real reader and engine. */
class PlanCheckCommandTest {

    private static final String FLEET = "io.mcpbench.bench.scenario.AgentFleetBenchmark.calls";
    private static final String SPIKE = "io.mcpbench.bench.scenario.SpikeRecoveryBenchmark.spike";
    private static final String POLICY = "{\"limits\": ["
            + "{\"plan\": \"response time\", \"target\": \"p95 < 500 ms\", \"benchmark\": \".*AgentFleetBenchmark\\\\.calls\","
            + " \"threshold\": \"metric(p95Ms)<500\"},"
            + "{\"plan\": \"throughput\", \"target\": \"1,000+ agents\", \"benchmark\": \".*AgentFleetBenchmark\\\\.calls\","
            + " \"params\": {\"agents\": \"1000\"}, \"thresholds\": [\"metric(errorPct)<0.1\", \"metric(p95Ms)<500\"]},"
            + "{\"plan\": \"recovery\", \"target\": \"within 2 minutes\", \"benchmark\": \".*SpikeRecoveryBenchmark\\\\.spike\","
            + " \"threshold\": \"metric(recoveryMs)<120000\"},"
            + "{\"benchmark\": \".*AgentFleetBenchmark\\\\.calls\", \"threshold\": \"thrpt>1000000ops/s\"}]}";

    @TempDir
    Path dir;

    /** Three forks of five iterations around {@code value}, each iteration a little apart. */
    private static String raw(double value) {
        List<String> forks = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            List<String> its = new ArrayList<>();
            for (int i = 0; i < 5; i++) its.add(String.format(Locale.ROOT, "%.6f", value * (1 + 0.0002 * ((f * 5 + i) % 4 - 1.5))));
            forks.add("[" + String.join(", ", its) + "]");
        }
        return "[" + String.join(", ", forks) + "]";
    }

    /** A thrpt entry with params and counters in {@code #}, as an {@code @AuxCounters(EVENTS)} state reports them. */
    private static String entry(String benchmark, String params, double calls, Map<String, Double> counters) {
        List<String> secondary = new ArrayList<>();
        counters.forEach((k, v) -> secondary.add("\"" + k + "\": {\"scoreUnit\": \"#\", \"rawData\": " + raw(v) + "}"));
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"" + benchmark + "\", \"mode\": \"thrpt\", \"threads\": 1, \"forks\": 3, "
                + "\"params\": {" + params + "}, \"primaryMetric\": {\"scoreUnit\": \"ops/s\", \"rawData\": " + raw(calls) + "}, "
                + "\"secondaryMetrics\": {" + String.join(", ", secondary) + "}}";
    }

    /**
     * A thrpt entry whose counters are written as JMH writes an {@code @AuxCounters(EVENTS)} figure
     * weighted 1 / (iterations x forks): raw values of a fifteenth, JMH's score (their sum) the figure.
     */
    private static String weighted(String benchmark, String params, double calls, Map<String, Double> counters) {
        List<String> secondary = new ArrayList<>();
        counters.forEach((k, v) -> {
            String fork = "[" + String.join(", ", Collections.nCopies(5, String.valueOf(v / 15))) + "]";
            secondary.add("\"" + k + "\": {\"score\": " + v + ", \"scoreError\": \"NaN\", \"scoreConfidence\": [" + v + ", " + v
                    + "], \"scoreUnit\": \"#\", \"rawData\": [" + String.join(", ", Collections.nCopies(3, fork)) + "]}");
        });
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"" + benchmark + "\", \"mode\": \"thrpt\", \"threads\": 1, \"forks\": 3, "
                + "\"params\": {" + params + "}, \"primaryMetric\": {\"scoreUnit\": \"ops/s\", \"rawData\": " + raw(calls) + "}, "
                + "\"secondaryMetrics\": {" + String.join(", ", secondary) + "}}";
    }

    private Path result(double p95At1000, boolean withSpike) throws IOException {
        List<String> entries = new ArrayList<>(List.of(
                entry(FLEET, "\"agents\": \"100\"", 1000, Map.of("p95Ms", 21.0, "errorPct", 0.0)),
                entry(FLEET, "\"agents\": \"1000\"", 9000, Map.of("p95Ms", p95At1000, "errorPct", 0.02))));
        if (withSpike) entries.add(entry(SPIKE, "", 0.1, Map.of("recoveryMs", 750.0)));
        Path p = dir.resolve("run.json");
        Files.writeString(p, "[" + String.join(",\n", entries) + "]");
        return p;
    }

    private CliRun planCheck(Path result, String... extra) throws IOException {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, POLICY);
        List<String> args = new ArrayList<>(List.of("plan-check", result.toString(), "--policy", policy.toString()));
        args.addAll(List.of(extra));
        return CliRun.run(new EngineBackend(), Map.of(), args.toArray(new String[0]));
    }

    private static String line(String out, String start) {
        for (String l : out.split("\n")) {
            if (l.startsWith(start)) return l;
        }
        throw new AssertionError("no line starting " + start + " in\n" + out);
    }

    @Test
    void everyCriterionMeasuredAndMetExitsZero() throws Exception {
        CliRun r = planCheck(result(180, true));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("performance plan: 3 of 3 criteria met\n"), r.out());
        assertTrue(line(r.out(), "  response time").matches("  response time +p95Ms 180 \\(worst of 2\\) +p95 < 500 ms +PASS +"
                + "AgentFleetBenchmark\\.calls\\[agents=1000]"), r.out());
        assertTrue(line(r.out(), "  recovery").matches("  recovery +recoveryMs 750 +within 2 minutes +PASS +SpikeRecoveryBenchmark\\.spike"),
                r.out());
        assertTrue(!r.out().contains("thrpt>"), "a limit outside the plan is not in its table");
    }

    @Test
    void aFigureJmhSumsIsCheckedAsJmhPrintsIt() throws Exception {
        Path p = dir.resolve("weighted.json");
        Files.writeString(p, "[" + weighted(FLEET, "\"agents\": \"100\"", 1000, Map.of("p95Ms", 21.0, "errorPct", 0.0)) + ",\n"
                + weighted(FLEET, "\"agents\": \"1000\"", 9000, Map.of("p95Ms", 640.0, "errorPct", 0.0)) + ",\n"
                + weighted(SPIKE, "", 0.1, Map.of("recoveryMs", 750.0)) + "]");
        CliRun r = planCheck(p);
        assertEquals(1, r.exit(), r.out());
        assertTrue(line(r.out(), "  throughput").matches("  throughput +p95Ms 640 \\(worst of 2\\) +1,000\\+ agents +FAIL +.*"), r.out());
        assertTrue(line(r.out(), "  recovery").matches("  recovery +recoveryMs 750 +within 2 minutes +PASS +.*"), r.out());
    }

    @Test
    void aCriterionOverItsTargetFailsWithExitOne() throws Exception {
        CliRun r = planCheck(result(640, true));
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().startsWith("performance plan: 1 of 3 criteria met\n"), r.out());
        assertTrue(line(r.out(), "  throughput").matches("  throughput +p95Ms 640 \\(worst of 2\\) +1,000\\+ agents +FAIL +.*"), r.out());
    }

    @Test
    void aCriterionWhoseBenchmarkDidNotRunCountsAsNotMet() throws Exception {
        CliRun r = planCheck(result(180, false));
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().startsWith("performance plan: 2 of 3 criteria met (1 not measured)\n"), r.out());
        assertTrue(line(r.out(), "  recovery").matches("  recovery +- +within 2 minutes +NOT MEASURED +did not run: "
                + "\\.\\*SpikeRecoveryBenchmark\\\\\\.spike"), r.out());
    }

    @Test
    void markdownAndJsonCarryTheSameTable() throws Exception {
        Path result = result(640, false);
        CliRun md = planCheck(result, "--format", "markdown");
        assertEquals(1, md.exit());
        assertTrue(md.out().contains("**Performance plan**: 0 of 3 criteria met (1 not measured)"), md.out());
        assertTrue(md.out().contains("| throughput | p95Ms 640 (worst of 2) | 1,000+ agents | **FAIL** | "
                + "`AgentFleetBenchmark.calls[agents=1000]` |"), md.out());
        Path out = dir.resolve("plan.json");
        CliRun json = planCheck(result, "--format", "json", "--out", out.toString());
        assertEquals(1, json.exit());
        assertEquals("", json.out());
        JsonNode plan = SchemaAssert.valid(DocumentSchema.PLAN_CHECK, StrictReaders.JSON.readTree(Files.readString(out))).get("plan");
        assertEquals(0, plan.get("met").asInt());
        assertEquals("NOT_MET", plan.get("criteria").get(1).get("status").asString());
        assertEquals("NOT_MEASURED", plan.get("criteria").get(2).get("status").asString());
    }

    @Test
    void noPlanOrNoPolicyIsBadInputInOneLine() throws Exception {
        Path result = result(180, true);
        Path bare = dir.resolve("bare.json");
        Files.writeString(bare, "{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"avg<1s\"}]}");
        CliRun noPlan = CliRun.run(new EngineBackend(), Map.of(), "plan-check", result.toString(), "--policy", bare.toString());
        assertEquals(3, noPlan.exit());
        assertEquals(List.of("comparator: " + bare + ": no limit names a plan criterion (a \"plan\" and \"target\" on a limit)"),
                noPlan.errLines());
        CliRun noPolicy = CliRun.run(new EngineBackend(), Map.of(), "plan-check", result.toString(),
                "--baselines-dir", dir.resolve("none").toString());
        assertEquals(3, noPolicy.exit());
        assertEquals(1, noPolicy.errLines().size(), noPolicy.err());
        assertTrue(noPolicy.err().contains("no policy, so no plan to check"), noPolicy.err());
        CliRun badResult = CliRun.run(new EngineBackend(), Map.of(), "plan-check", dir.resolve("absent.json").toString(),
                "--policy", bare.toString());
        assertEquals(3, badResult.exit());
        assertEquals(1, badResult.errLines().size(), badResult.err());
    }
}
