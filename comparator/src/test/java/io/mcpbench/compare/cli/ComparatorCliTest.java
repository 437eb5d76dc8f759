package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.baseline.BaselineStore;
import io.mcpbench.compare.baseline.FingerprintJson;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line's wiring, exit codes and error lines, over a backend with a fixed decision rule. */
class ComparatorCliTest {

    @TempDir
    Path dir;

    private Path base;
    private Path same;
    private Path slow;
    private Path jdk21;
    private Path missing;

    @BeforeEach
    void copyFixtures() throws Exception {
        base = copy("base.json");
        same = copy("cand-same.json");
        slow = copy("cand-slow.json");
        jdk21 = copy("cand-jdk21.json");
        missing = copy("cand-missing.json");
    }

    private Path copy(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private CliRun run(String... args) {
        return run(Map.of(), args);
    }

    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.run(new ThresholdBackend(), env, args);
    }

    private static void assertOneCleanErrorLine(CliRun r, String startsWith) {
        assertEquals(1, r.errLines().size(), r.err());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith(startsWith), line);
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void gatePassesWhenNothingRegressed() {
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", same.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("gate: PASS"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void gateFailsOnAPlantedRegression() {
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", slow.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.REGRESSION, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("REGRESSED"), r.out());
        assertTrue(r.out().contains("gate: FAIL (1 row, 0 limits)"), r.out());
    }

    @Test
    void compareReportsTheRegressionButExitsZero() {
        CliRun r = run("compare", base.toString(), slow.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().contains("REGRESSED"), r.out());
        assertFalse(r.out().contains("gate:"), r.out());
    }

    @Test
    void aMissingBenchmarkFailsTheGate() {
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", missing.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.REGRESSION, r.exit(), r.out());
        assertTrue(r.out().contains("MISSING"), r.out());
    }

    @Test
    void anAllowedRegressionPassesAndIsReportedWithItsReason() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"allowedRegressions\": [{\"benchmark\": \".*SearchBenchmark.*\", \"reason\": \"index rebuilt on purpose\"}]}");
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", slow.toString(), "--policy", policy.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("ALLOWED"), r.out());
        assertTrue(r.out().contains("index rebuilt on purpose"), r.out());
    }

    @Test
    void thePolicyInTheBaselinesFolderIsUsedByDefault() throws Exception {
        Files.writeString(dir.resolve("policy.json"), "{\"limits\": [{\"benchmark\": \".*SearchBenchmark.*\", \"threshold\": \"avg<100us\"}]}");
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", same.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.REGRESSION, r.exit(), r.out());
        assertTrue(r.out().contains("limit violated: avg<100us"), r.out());
    }

    @Test
    void environmentLimitsApply() {
        CliRun ok = run(Map.of("PERF_MAX_SEARCH_TIME_MS", "0.5"), "gate", "--baseline", base.toString(), "--candidate", same.toString(),
                "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.PASS, ok.exit(), ok.out());
        assertTrue(ok.out().contains("limits: 1 of 1 checks held"), ok.out());
        CliRun bad = run(Map.of("PERF_MAX_SEARCH_TIME_MS", "0.1"), "gate", "--baseline", base.toString(), "--candidate", same.toString(),
                "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.REGRESSION, bad.exit(), bad.out());
    }

    @Test
    void aBadEnvironmentValueIsAUsageError() {
        CliRun r = run(Map.of("PERF_P95_LATENCY_MS", "fast"), "gate", "--baseline", base.toString(), "--candidate", same.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertOneCleanErrorLine(r, "comparator: PERF_P95_LATENCY_MS=\"fast\": not a number");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", same.toString(), "--bogus");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertOneCleanErrorLine(r, "comparator: Unknown option: '--bogus'");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, run("compare", base.toString(), same.toString(), "--q", "abc").exit());
        CliRun q = run("compare", base.toString(), same.toString(), "--q", "1.5");
        assertEquals(ExitCodes.USAGE, q.exit());
        assertOneCleanErrorLine(q, "comparator: --q: 1.5 is not in (0, 0.5)");
        assertEquals(ExitCodes.USAGE, run("compare", base.toString(), same.toString(), "--format", "html").exit());
        assertEquals(ExitCodes.USAGE, run("compare", base.toString(), same.toString(), "--report", "md").exit());
        assertEquals(ExitCodes.USAGE, run("gate", "--candidate", same.toString()).exit(), "no baseline given");
        assertEquals(ExitCodes.USAGE, run("gate", "--baseline", base.toString(), "--profile", "x", "--candidate", same.toString()).exit());
        assertEquals(ExitCodes.USAGE, run().exit(), "no command");
    }

    @Test
    void aMalformedCandidateIsBadInputWithOneLine() throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "[{\"benchmark\": \"a.B.c\", \"primaryMetric\": {");
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", bad.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertOneCleanErrorLine(r, "comparator: " + bad + ": ");
    }

    @Test
    void aMissingCandidateIsBadInputWithOneLine() {
        Path absent = dir.resolve("absent.json");
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", absent.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertOneCleanErrorLine(r, "comparator: " + absent + ": no such file");
    }

    @Test
    void anEmptyCandidateIsBadInputWithOneLine() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", empty.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertOneCleanErrorLine(r, "comparator: " + empty + ": ");
    }

    @Test
    void aMalformedPolicyIsBadInputWithOneLine() throws Exception {
        Path policy = dir.resolve("p.json");
        Files.writeString(policy, "{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"p(95)<5xs\"}]}");
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", same.toString(), "--policy", policy.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertOneCleanErrorLine(r, "comparator: " + policy + ": limits[0]: threshold \"p(95)<5xs\": unknown unit \"xs\" at position 8");
    }

    @Test
    void anEnvironmentMismatchRefusesWithOneLinePerDifference() throws Exception {
        CliRun save = run("baseline", "save", "--profile", "ci", "--result", base.toString(), "--baselines-dir", dir.toString(),
                "--git-commit", "aaaa");
        assertEquals(ExitCodes.PASS, save.exit(), save.err());
        CliRun r = run("gate", "--profile", "ci", "--candidate", jdk21.toString(), "--baselines-dir", dir.toString(), "--git-commit", "bbbb");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.out());
        assertEquals(2, r.errLines().size(), r.err());
        assertEquals("comparator: environment differs from the baseline: jdk.version: 17.0.8 -> 21.0.2", r.errLines().get(0));
        assertEquals("comparator: environment differs from the baseline: vm.version: 17.0.8+7 -> 21.0.2+7", r.errLines().get(1));

        CliRun allowed = run("gate", "--profile", "ci", "--candidate", jdk21.toString(), "--baselines-dir", dir.toString(),
                "--allow-env-mismatch");
        assertEquals(ExitCodes.PASS, allowed.exit(), allowed.err());
        assertTrue(allowed.out().contains("environment: differs (allowed): jdk.version: 17.0.8 -> 21.0.2"), allowed.out());
    }

    @Test
    void baselineSaveShowAndGateByProfile() throws Exception {
        CliRun save = run("baseline", "save", "--profile", "ci-x86", "--result", base.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.PASS, save.exit(), save.err());
        assertTrue(save.out().startsWith("saved baseline ci-x86: "), save.out());
        Path stored = dir.resolve("ci-x86").resolve(BaselineStore.RESULT);
        assertEquals(Files.readString(base), Files.readString(stored));
        assertEquals("Test CPU @ 3.0GHz", FingerprintJson.read(dir.resolve("ci-x86").resolve(BaselineStore.FINGERPRINT))
                .get(io.mcpbench.compare.baseline.EnvironmentFingerprint.Field.CPU_MODEL));

        CliRun show = run("baseline", "show", "--profile", "ci-x86", "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.PASS, show.exit(), show.err());
        assertTrue(show.out().contains("benchmarks: 2"), show.out());
        assertTrue(show.out().contains("gc: G1"), show.out());
        CliRun list = run("baseline", "show", "--baselines-dir", dir.toString());
        assertEquals("ci-x86\n", list.out());

        assertEquals(ExitCodes.PASS, run("gate", "--profile", "ci-x86", "--candidate", same.toString(), "--baselines-dir", dir.toString()).exit());
        assertEquals(ExitCodes.REGRESSION, run("gate", "--baseline", dir.resolve("ci-x86").toString(), "--candidate", slow.toString(),
                "--baselines-dir", dir.toString()).exit());
    }

    @Test
    void aMalformedResultNeverReplacesABaseline() throws Exception {
        assertEquals(ExitCodes.PASS, run("baseline", "save", "--profile", "p", "--result", base.toString(), "--baselines-dir", dir.toString()).exit());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"benchmark\":");
        CliRun r = run("baseline", "save", "--profile", "p", "--result", bad.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertOneCleanErrorLine(r, "comparator: " + bad + ": ");
        assertEquals(Files.readString(base), Files.readString(dir.resolve("p").resolve(BaselineStore.RESULT)));
    }

    @Test
    void gateOnAnUnsavedProfileIsBadInput() {
        CliRun r = run("gate", "--profile", "none", "--candidate", same.toString(), "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertOneCleanErrorLine(r, "comparator: " + dir.resolve("none").resolve("result.json") + ": no such file");
    }

    @Test
    void reportsGoToFilesInEveryFormat() throws Exception {
        Path md = dir.resolve("out/summary.md");
        Path junit = dir.resolve("out/TEST-bench.xml");
        Path csv = dir.resolve("out/rows.csv");
        Path json = dir.resolve("out/report.json");
        CliRun r = run("gate", "--baseline", base.toString(), "--candidate", slow.toString(), "--baselines-dir", dir.toString(),
                "--format", "json", "--out", json.toString(),
                "--report", "md=" + md, "--report", "junit=" + junit, "--report", "csv=" + csv);
        assertEquals(ExitCodes.REGRESSION, r.exit(), r.err());
        assertEquals("", r.out(), "--out takes the standard output report");
        JsonNode root = SchemaAssert.valid(DocumentSchema.COMPARISON, json);
        assertFalse(root.get("passed").asBoolean());
        assertEquals(3, root.get("rows").size());
        assertEquals("warn", root.get("settings").get("inconclusive").asString());
        assertTrue(Files.readString(md).startsWith("### Benchmark comparison: FAIL"));
        assertEquals(3, DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("testcase").getLength());
        assertEquals(4, Files.readString(csv).split("\r\n").length);
    }

    @Test
    void jsonOnStandardOutputParses() throws Exception {
        CliRun r = run("compare", base.toString(), same.toString(), "--format", "json", "--noise-floor", "3%", "--q", "0.1");
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        JsonNode root = SchemaAssert.valid(DocumentSchema.COMPARISON, r.out());
        assertEquals(0.03, root.get("settings").get("noiseFloor").asDouble(), 1e-12);
        assertEquals(0.1, root.get("settings").get("q").asDouble(), 1e-12);
    }

    @Test
    void fingerprintDescribesThisMachineForAResult() throws Exception {
        CliRun r = run("fingerprint", base.toString(), "--git-commit", "0123abcd");
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        JsonNode fp = SchemaAssert.valid(DocumentSchema.FINGERPRINT, r.out());
        assertEquals("8", fp.get("cpu.cores").asString());
        assertEquals("17.0.8", fp.get("jdk.version").asString());
        assertEquals("-Xmx1g -XX:+UseG1GC", fp.get("jvm.args").asString());
        assertEquals("0123abcd", fp.get("git.commit").asString());
    }

    @Test
    void mergeWritesAFileTheReaderReadsBack() throws Exception {
        Path out = dir.resolve("merged.json");
        CliRun r = run("merge", out.toString(), base.toString(), same.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().contains("2 entries"), r.out());
        JsonNode merged = JsonMapper.builder().build().readTree(out.toFile());
        assertEquals(10, merged.get(0).get("forks").asInt());
        CliRun bad = run("merge", out.toString(), base.toString(), dir.resolve("absent.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.exit());
        assertOneCleanErrorLine(bad, "comparator: " + dir.resolve("absent.json") + ": no such file");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun r = run("--help");
        assertEquals(0, r.exit());
        for (String s : new String[] {"compare", "gate", "baseline", "fingerprint", "merge", "Exit codes:"}) {
            assertTrue(r.out().contains(s), s + " in " + r.out());
        }
        CliRun gate = run("gate", "--help");
        assertTrue(gate.out().contains("--allow-env-mismatch"), gate.out());
        assertTrue(gate.out().contains("--report=FORMAT=FILE"), gate.out());
    }

    @Test
    void anUnexpectedFailureIsOneLineAndNeverPasses() {
        ComparisonBackend failing = new ThresholdBackend() {
            @Override
            public io.mcpbench.compare.analysis.ComparisonResult compare(io.mcpbench.compare.model.ResultFile b,
                    io.mcpbench.compare.model.ResultFile c, io.mcpbench.compare.settings.Settings s,
                    io.mcpbench.compare.method.RunLevel runLevel) {
                throw new IllegalStateException("boom\nsecond line");
            }
        };
        CliRun r = CliRun.run(failing, Map.of(), "gate", "--baseline", base.toString(), "--candidate", same.toString(),
                "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(List.of("comparator: internal error: IllegalStateException: boom"), r.errLines());
    }

    @Test
    void aCandidateFingerprintFromAnotherMachineIsComparedWithTheStoredOne() throws Exception {
        assertEquals(ExitCodes.PASS, run("baseline", "save", "--profile", "ci", "--result", base.toString(),
                "--baselines-dir", dir.toString()).exit());
        Path fp = dir.resolve("cand-fp.json");
        assertEquals(ExitCodes.PASS, run("fingerprint", same.toString(), "--out", fp.toString()).exit());
        Files.writeString(fp, Files.readString(fp).replace("\"cpu.cores\" : \"8\"", "\"cpu.cores\" : \"4\""));
        CliRun r = run("gate", "--profile", "ci", "--candidate", same.toString(), "--baselines-dir", dir.toString(),
                "--candidate-fingerprint", fp.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.out());
        assertEquals(List.of("comparator: environment differs from the baseline: cpu.cores: 8 -> 4"), r.errLines());
    }

    @Test
    void colourIsUsedOnlyWhenAsked() {
        CliRun plain = run("compare", base.toString(), slow.toString());
        assertFalse(plain.out().contains("\u001b["), "not a terminal: no colour");
        CliRun always = run("compare", base.toString(), slow.toString(), "--color", "always");
        assertTrue(always.out().contains("\u001b[1;31mREGRESSED"), always.out());
        assertEquals(ExitCodes.USAGE, run("compare", base.toString(), slow.toString(), "--color", "sometimes").exit());
    }
}
