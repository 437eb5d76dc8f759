package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The command line on the real reader and comparison engine, over small JMH files with 5 forks a side. */
class GateEndToEndTest {

    @TempDir
    Path dir;

    private Path base;
    private Path same;
    private Path slow;

    @BeforeEach
    void copyFixtures() throws Exception {
        base = copy("base.json");
        same = copy("cand-same.json");
        slow = copy("cand-slow.json");
    }

    private Path copy(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private static CliRun run(String... args) {
        return CliRun.run(new EngineBackend(), Map.of(), args);
    }

    private static void assertOneCleanErrorLine(CliRun r, String startsWith) {
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith(startsWith), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aCandidateLikeTheBaselinePasses() {
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", same.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.out() + r.err());
        assertFalse(r.out().contains("REGRESSED"), r.out());
        assertTrue(r.out().contains("gate: PASS"), r.out());
    }

    @Test
    void aCandidateTwentyPercentSlowerFails() throws Exception {
        Path json = dir.resolve("gate.json");
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", slow.toString(), "--baselines-dir", dir.toString(),
                "--report", "json=" + json);
        assertEquals(ExitCodes.REGRESSION, r.exit(), r.out() + r.err());
        JsonNode rows = SchemaAssert.valid(DocumentSchema.COMPARISON, json).get("rows");
        JsonNode bm25 = null;
        for (JsonNode row : rows.values()) {
            if (row.get("name").asString().equals("io.mcpbench.bench.discovery.SearchBenchmark.bm25[size=500]")) bm25 = row;
        }
        assertEquals("REGRESSED", bm25.get("verdict").asString());
        assertTrue(bm25.get("fails").asBoolean());
        assertEquals(1.2, bm25.get("ratio").asDouble(), 0.02);
        assertTrue(bm25.get("qValue").asDouble() < 0.05);
    }

    @Test
    void compareShowsTheRegressionAndExitsZero() {
        CliRun r = run("compare", base.toString(), slow.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().contains("REGRESSED"), r.out());
        assertTrue(r.out().contains("geomean"), r.out());
    }

    @Test
    void badInputsExitThreeWithOneLine() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\", \"primaryMetric\": {\"score\": 1,");
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        Path noRows = dir.resolve("norows.json");
        Files.writeString(noRows, "[]");
        for (Path bad : new Path[] {broken, empty, noRows, dir.resolve("absent.json")}) {
            CliRun asCandidate = run("gate", "--baseline", base.toString(), "--candidate", bad.toString(), "--baselines-dir", dir.toString());
            assertEquals(ExitCodes.BAD_INPUT, asCandidate.exit(), bad + ": " + asCandidate.err());
            assertOneCleanErrorLine(asCandidate, "comparator: " + bad + ": ");
            CliRun asBaseline = run("gate", "--baseline", bad.toString(), "--candidate", same.toString(), "--baselines-dir", dir.toString());
            assertEquals(ExitCodes.BAD_INPUT, asBaseline.exit(), bad + ": " + asBaseline.err());
            assertOneCleanErrorLine(asBaseline, "comparator: " + bad + ": ");
        }
    }

    @Test
    void aBadOptionExitsTwoWithOneLine() {
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", same.toString(), "--noise-floor", "lots");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertOneCleanErrorLine(r, "comparator: ");
    }

    @Test
    void mergedForksAreReadBackByTheReader() throws Exception {
        Path out = dir.resolve("merged.json");
        CliRun r = run("merge", out.toString(), base.toString(), same.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        ResultFile merged = JmhResultReader.read(out);
        ResultFile one = JmhResultReader.read(base);
        assertEquals(one.rows().size(), merged.rows().size());
        for (Row row : merged.rows()) assertEquals(10, row.forkCount(), row.key().displayName());
        // 10 forks against 5: the fork settings differ, so the gate refuses unless told otherwise
        CliRun refused = run("gate", "--baseline", out.toString(), "--candidate", slow.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exit(), refused.out());
        assertEquals("comparator: environment differs from the baseline: jmh.forks: 10 -> 5", refused.err().strip());
        CliRun gate = run("gate", "--baseline", out.toString(), "--candidate", slow.toString(), "--baselines-dir", dir.toString(),
                "--allow-env-mismatch");
        assertEquals(ExitCodes.REGRESSION, gate.exit(), gate.out() + gate.err());
    }

    @Test
    void planPrintsForksAndIterationsPerBenchmark() {
        CliRun r = run("plan", base.toString(), "--change", "5%");
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().startsWith("to detect a 5% change with power 80% at q 0.05 over 3 gated rows"), r.out());
        assertTrue(r.out().contains("io.mcpbench.bench.discovery.SearchBenchmark.bm25[size=500] (avgt)"), r.out());
        assertTrue(r.out().contains("io.mcpbench.bench.routing.RouteBenchmark.rr (thrpt)"), r.out());
        assertTrue(r.out().contains("suite: -f "), r.out());
        CliRun bad = run("plan", base.toString(), "--change", "150%");
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertOneCleanErrorLine(bad, "comparator: ");
    }

    @Test
    void percentileLimitsAreCheckedOnSampleModeCandidates() throws Exception {
        Path sample = copy("sample.json");
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"limits\": [{\"benchmark\": \".*gateway.*\", \"thresholds\": [\"p(95)<=2ms\", \"p(99)<=5ms\"]}]}");
        CliRun ok = run("gate", "--baseline", sample.toString(), "--candidate", sample.toString(), "--policy", policy.toString());
        assertEquals(ExitCodes.PASS, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("limits: 2 of 2 checks held"), ok.out());

        Files.writeString(policy, "{\"limits\": [{\"benchmark\": \".*gateway.*\", \"threshold\": \"p(95)<1500us\"}]}");
        CliRun bad = run("gate", "--baseline", sample.toString(), "--candidate", sample.toString(), "--policy", policy.toString());
        assertEquals(ExitCodes.REGRESSION, bad.exit(), bad.out() + bad.err());
        assertTrue(bad.out().contains("limit violated: p(95)<1500us on io.mcpbench.bench.gateway.CallBenchmark.call:p0.95"), bad.out());
        assertTrue(bad.out().contains("2.00 ms/op, bound 1.50 ms/op"), bad.out());
    }

    @Test
    void baselineSaveValidatesWithTheReaderAndKeepsTheOldBaseline() throws Exception {
        CliRun save = run("baseline", "save", "--profile", "ci", "--result", base.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.PASS, save.exit(), save.err());
        Path noValues = dir.resolve("novalues.json");
        Files.writeString(noValues, "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\", \"threads\": 1,"
                + " \"primaryMetric\": {\"score\": \"NaN\", \"scoreUnit\": \"us/op\", \"rawData\": [[\"NaN\"]]}}]");
        CliRun bad = run("baseline", "save", "--profile", "ci", "--result", noValues.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.exit(), bad.err());
        assertOneCleanErrorLine(bad, "comparator: " + noValues + ": ");
        assertEquals(Files.readString(base), Files.readString(dir.resolve("ci").resolve("result.json")));
        CliRun gate = run("gate", "--profile", "ci", "--candidate", slow.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.REGRESSION, gate.exit(), gate.out() + gate.err());
    }
}
