package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Broken and hostile input on the real reader and engine: each case the gate once passed, hung
 * on, stored wrongly or answered with a stack trace now fails closed with one line and its exit
 * code.
 */
class HostileInputEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path base;
    private Path slow;

    @BeforeEach
    void copyFixtures() throws Exception {
        base = CliRun.fixture(dir, "base.json");
        slow = CliRun.fixture(dir, "cand-slow.json");
    }

    private static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    private static CliRun run(Map<String, String> env, String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.run(new EngineBackend(), env, args));
    }

    private static void assertOneLine(CliRun r, int exit, String startsWith) {
        assertEquals(exit, r.exit(), r.out() + r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith(startsWith), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    private Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
        return p;
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    /** Two entries whose params print alike, 5 forks of 5 iterations; the second {@code factor} times slower. */
    private Path alike(String name, double factor) throws Exception {
        ArrayNode root = JSON.createArrayNode();
        for (int n = 0; n < 2; n++) {
            ObjectNode e = root.addObject();
            e.put("benchmark", "x.Y.z");
            e.put("mode", "avgt");
            e.put("threads", 1);
            ObjectNode params = e.putObject("params");
            if (n == 0) {
                params.put("a", "1, b=2");
            } else {
                params.put("a", "1");
                params.put("b", "2");
            }
            ObjectNode pm = e.putObject("primaryMetric");
            pm.put("scoreUnit", "ns/op");
            ArrayNode raw = pm.putArray("rawData");
            for (int f = 0; f < 5; f++) {
                ArrayNode fork = raw.addArray();
                for (int i = 0; i < 5; i++) fork.add((n == 1 ? factor : 1.0) * (100 + f * 0.7 + i * 0.3));
            }
        }
        Path p = dir.resolve(name);
        Files.writeString(p, JSON.writeValueAsString(root));
        return p;
    }

    @Test
    void aRegressionInOneOfTwoRowsWhoseParamsPrintAlikeFails() throws Exception {
        Path json = dir.resolve("gate.json");
        CliRun r = run("gate", "--baseline", alike("b.json", 1).toString(), "--candidate", alike("c.json", 10).toString(),
                "--baselines-dir", dir.toString(), "--report", "json=" + json);
        assertEquals(ExitCodes.REGRESSION, r.exit(), r.out() + r.err());
        long regressed = 0;
        int rows = 0;
        for (JsonNode row : SchemaAssert.valid(DocumentSchema.COMPARISON, json).get("rows").values()) {
            rows++;
            if (row.get("verdict").asString().equals("REGRESSED")) regressed++;
        }
        assertEquals(2, rows);
        assertEquals(1, regressed);
    }

    @Test
    void policiesThatWouldGateLessThanTheyReadAreRefused() throws Exception {
        Path typo = write("typo.json", "{\"defaults\": {\"gatedMetrics\": [\"Primary\"]}}");
        assertOneLine(run("gate", "--baseline", base.toString(), "--candidate", slow.toString(), "--policy", typo.toString()),
                ExitCodes.BAD_INPUT, "comparator: " + typo + ": defaults.gatedMetrics[0]: metric \"Primary\": names are case-sensitive");
        Path dup = write("dup.json", "{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"avg<1ns\"}], \"limits\": []}");
        assertOneLine(run("gate", "--baseline", base.toString(), "--candidate", slow.toString(), "--policy", dup.toString()),
                ExitCodes.BAD_INPUT, "comparator: " + dup + ": not valid JSON: Duplicate Object property \"limits\"");
    }

    @Test
    void fingerprintsThatWouldTurnTheEnvironmentCheckOffAreRefused() throws Exception {
        Path profile = dir.resolve("baselines").resolve("ci");
        Files.createDirectories(profile);
        Files.copy(base, profile.resolve("result.json"));
        for (String fp : new String[] {"{}", "{\"jdk.version\": \"17.0.8\", \"cpu\": \"any\"}"}) {
            Files.writeString(profile.resolve("fingerprint.json"), fp);
            assertOneLine(run("gate", "--profile", "ci", "--baselines-dir", dir.resolve("baselines").toString(), "--candidate",
                    base.toString()), ExitCodes.BAD_INPUT, "comparator: " + profile.resolve("fingerprint.json") + ": ");
        }
        Path empty = write("cand-fp.json", "{}");
        assertOneLine(run("gate", "--baseline", base.toString(), "--candidate", base.toString(), "--candidate-fingerprint",
                empty.toString()), ExitCodes.BAD_INPUT, "comparator: " + empty + ": no environment field to check");
    }

    /** A policy, fingerprint or history sidecar a newer comparator wrote is refused on one line, never half read. */
    @Test
    void documentsOfAnotherVersionFailClosed() throws Exception {
        String newer = " is \"%s\", not a format this comparator reads";
        Path policy = write("policy-2.json", "{\"schema\": \"mcpbench-policy/2\", \"limits\": []}");
        assertOneLine(run("gate", "--baseline", base.toString(), "--candidate", base.toString(), "--policy", policy.toString()),
                ExitCodes.BAD_INPUT, "comparator: " + policy + ": \"schema\"" + newer.formatted("mcpbench-policy/2"));
        Path fp = write("fp-2.json", "{\"schema\": \"mcpbench-fingerprint/2\", \"jdk.version\": \"17.0.8\"}");
        assertOneLine(run("gate", "--baseline", base.toString(), "--candidate", base.toString(), "--candidate-fingerprint",
                fp.toString()), ExitCodes.BAD_INPUT, "comparator: " + fp + ": \"schema\"" + newer.formatted("mcpbench-fingerprint/2"));
        Path history = dir.resolve("history");
        Files.createDirectories(history);
        Files.copy(base, history.resolve("r1.json"));
        Files.writeString(history.resolve("r1.meta.json"), "{\"schema\": \"mcpbench-history-run/2\", \"time\": \"2026-11-01T00:00:00Z\"}");
        String sidecar = "comparator: " + history + ": run r1: metadata r1.meta.json: \"schema\"" + newer.formatted("mcpbench-history-run/2");
        assertOneLine(run("history", "show", "--history-dir", history.toString()), ExitCodes.BAD_INPUT, sidecar);
        assertOneLine(run("gate", "--baseline", base.toString(), "--candidate", base.toString(), "--history", history.toString()),
                ExitCodes.BAD_INPUT, sidecar);
    }

    @Test
    void absurdOptionAndVariableValuesAreUsageErrorsAtOnce() {
        assertOneLine(run("plan", base.toString(), "--change", "5%", "--max-forks", "2147483647"),
                ExitCodes.USAGE, "comparator: --max-forks must be 2 to 10000");
        CliRun digits = run("plan", base.toString(), "--change", "5%", "--max-forks", "\u0665\u0660\u0660");
        assertOneLine(digits, ExitCodes.USAGE, "comparator: Invalid value for option '--max-forks': '\u0665\u0660\u0660' is not a whole number in ASCII digits");
        assertOneLine(run("history", "show", "--history-dir", dir.toString(), "--permutations", "99999999999"), ExitCodes.USAGE,
                "comparator: Invalid value for option '--permutations': '99999999999' is out of range");
        for (String v : new String[] {"1e999999999", "1e2147483647", "\u0665", "0x1.4p3"}) {
            long start = System.nanoTime();
            CliRun r = run(Map.of("PERF_AVG_LATENCY_MS", v), "gate", "--baseline", base.toString(), "--candidate", base.toString());
            assertOneLine(r, ExitCodes.USAGE, "comparator: PERF_AVG_LATENCY_MS=\"" + v + "\": ");
            assertTrue(System.nanoTime() - start < 5_000_000_000L, v + " took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    @Test
    void aCandidateThatIsADeviceOrAPipeIsRefusedWithoutReading() throws Exception {
        Path zero = dir.resolve("zero.json");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertOneLine(run("gate", "--baseline", base.toString(), "--candidate", zero.toString()), ExitCodes.BAD_INPUT,
                "comparator: " + zero + ": not a regular file (a device, pipe or socket); refused");
        Path pipe = fifo("pipe.json");
        assertOneLine(run("compare", base.toString(), pipe.toString()), ExitCodes.BAD_INPUT,
                "comparator: " + pipe + ": not a regular file");
    }

    /** JVM errors used to escape with a stack trace and exit 1, which reads as "regression". */
    @Test
    void jvmErrorsAreOneLineAndExitThree() {
        for (Supplier<Error> error : java.util.List.<Supplier<Error>>of(() -> new OutOfMemoryError("Java heap space"),
                StackOverflowError::new, () -> new AssertionError("boom"))) {
            ComparisonBackend failing = parsingWith((source, content) -> {
                throw error.get();
            });
            CliRun r = CliRun.run(failing, Map.of(), "compare", base.toString(), slow.toString());
            assertOneLine(r, ExitCodes.BAD_INPUT, "comparator: ");
            assertFalse(r.err().contains("Exception in thread"), r.err());
        }
    }

    /**
     * The bytes validated are the bytes stored: a result that changes on disk after it was read
     * (as a FIFO serving a good file, then junk) does not reach the baseline or the history.
     */
    @Test
    void baselineSaveAndHistoryAddStoreTheBytesTheyValidated() throws Exception {
        byte[] good = Files.readAllBytes(base);
        EngineBackend engine = new EngineBackend();
        ComparisonBackend tampering = parsingWith((source, content) -> {
            ResultFile r = engine.parse(source, content);
            try {
                Files.writeString(Path.of(source), "junk");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return r;
        });
        Path baselines = dir.resolve("baselines");
        CliRun save = CliRun.run(tampering, Map.of(), "baseline", "save", "--profile", "ci", "--result", base.toString(),
                "--baselines-dir", baselines.toString(), "--git-commit", "abc");
        assertEquals(ExitCodes.PASS, save.exit(), save.err());
        assertArrayEquals(good, Files.readAllBytes(baselines.resolve("ci").resolve("result.json")));

        Files.write(base, good);
        Path history = dir.resolve("history");
        CliRun add = CliRun.run(tampering, Map.of(), "history", "add", "--result", base.toString(), "--history-dir", history.toString(),
                "--run-id", "r1", "--time", "2026-11-20T10:00:00Z", "--git-commit", "abc");
        assertEquals(ExitCodes.PASS, add.exit(), add.err());
        assertArrayEquals(good, Files.readAllBytes(history.resolve("r1.json")));
    }

    @Test
    void aPipeIsNeverStoredAsABaselineOrARun() throws Exception {
        Path baselines = dir.resolve("baselines");
        assertEquals(ExitCodes.PASS, run("baseline", "save", "--profile", "ci", "--result", base.toString(),
                "--baselines-dir", baselines.toString(), "--git-commit", "abc").exit());
        Path pipe = fifo("pipe.json");
        assertOneLine(run("baseline", "save", "--profile", "ci", "--result", pipe.toString(), "--baselines-dir", baselines.toString()),
                ExitCodes.BAD_INPUT, "comparator: " + pipe + ": not a regular file");
        assertArrayEquals(Files.readAllBytes(base), Files.readAllBytes(baselines.resolve("ci").resolve("result.json")));
        Path history = dir.resolve("history");
        assertOneLine(run("history", "add", "--result", pipe.toString(), "--history-dir", history.toString()),
                ExitCodes.BAD_INPUT, "comparator: " + pipe + ": not a regular file");
        assertFalse(Files.exists(history) && listed(history) > 0);
    }

    @Test
    void mergingTheSameForksTwiceIsRefused() throws Exception {
        Path out = dir.resolve("merged.json");
        assertOneLine(run("merge", out.toString(), base.toString(), base.toString()), ExitCodes.BAD_INPUT,
                "comparator: " + base + ": the same file as " + base + "; merging it twice would count its forks twice");
        Path copy = dir.resolve("copy.json");
        Files.copy(base, copy);
        assertOneLine(run("merge", out.toString(), base.toString(), copy.toString()), ExitCodes.BAD_INPUT,
                "comparator: " + copy + ": ");
        assertFalse(Files.exists(out));
    }

    /** The real engine, reading with {@code parse}. */
    private static ComparisonBackend parsingWith(java.util.function.BiFunction<String, byte[], ResultFile> parse) {
        EngineBackend engine = new EngineBackend();
        return new ComparisonBackend() {
            @Override
            public ResultFile parse(String source, byte[] content) {
                return parse.apply(source, content);
            }

            @Override
            public io.mcpbench.compare.analysis.ComparisonResult compare(ResultFile b, ResultFile c,
                    io.mcpbench.compare.settings.Settings s, io.mcpbench.compare.method.RunLevel runLevel) {
                return engine.compare(b, c, s, runLevel);
            }
        };
    }

    private static long listed(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }
}
