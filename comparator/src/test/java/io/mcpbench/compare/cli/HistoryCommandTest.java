package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.history.History;
import io.mcpbench.compare.history.HistoryStore;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code comparator history add|show} over the real reader: exit codes, output, one-line errors. */
class HistoryCommandTest {

    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    private Path history;

    private CliRun run(String... args) {
        return CliRun.run(new EngineBackend(), Map.of(), args);
    }

    private static String result(double fast, double slow) {
        StringBuilder sb = new StringBuilder("[\n");
        sb.append(entry("x.Bench.fast", fast)).append(",\n").append(entry("x.Bench.slow", slow)).append("\n]\n");
        return sb.toString();
    }

    private static String entry(String benchmark, double v) {
        return String.format(Locale.ROOT, "{\"benchmark\": \"%s\", \"mode\": \"avgt\", \"threads\": 1, \"forks\": 3, "
                + "\"primaryMetric\": {\"scoreUnit\": \"us/op\", \"rawData\": [[%f, %f], [%f, %f], [%f, %f]]},"
                + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"scoreUnit\": \"B/op\", \"rawData\": [[64], [64], [64]]}}}",
                benchmark, v, v * 1.01, v * 0.99, v, v * 1.005, v * 0.995);
    }

    /** 24 runs; x.Bench.slow gets 15% slower from run 12 on, x.Bench.fast never changes. */
    @BeforeEach
    void addRuns() throws Exception {
        history = dir.resolve("history");
        SplittableRandom r = new SplittableRandom(5);
        Path incoming = dir.resolve("run.json");
        for (int i = 0; i < 24; i++) {
            double fast = 2.0 * (1 + 0.01 * (r.nextDouble() - 0.5));
            double slow = 5.0 * (i >= 12 ? 1.15 : 1.0) * (1 + 0.01 * (r.nextDouble() - 0.5));
            Files.writeString(incoming, result(fast, slow));
            HistoryStore.append(history, incoming, START.plusSeconds(3600L * i), String.format("%07x", 0xc0ffee0 + i));
        }
    }

    @Test
    void addStoresARunNamedByTimeAndCommit() throws Exception {
        Path other = dir.resolve("other");
        Path incoming = dir.resolve("run.json");
        CliRun add = run("history", "add", "--result", incoming.toString(), "--history-dir", other.toString(),
                "--time", "2026-11-20T10:00:00Z", "--git-commit", "0123456789abcdef0123456789abcdef01234567");
        assertEquals(ExitCodes.PASS, add.exit(), add.err());
        assertEquals("added run 20261120T100000Z-0123456789ab to " + other + " (4 rows)", add.out().strip());
        CliRun named = run("history", "add", "--result", incoming.toString(), "--history-dir", other.toString(),
                "--time", "2026-11-19T10:00:00Z", "--run-id", "nightly-1", "--git-commit", "abc1234");
        assertEquals(ExitCodes.PASS, named.exit(), named.err());
        History h = HistoryStore.load(other);
        assertEquals(2, h.runs().size());
        assertEquals("nightly-1", h.runs().get(0).id());
        assertEquals("abc1234", h.runs().get(0).commit());
        assertEquals("0123456789abcdef0123456789abcdef01234567", h.runs().get(1).commit());
        assertEquals(Files.readString(incoming), Files.readString(other.resolve("nightly-1.json")));
    }

    private static void assertOneCleanErrorLine(CliRun r, String startsWith) {
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith(startsWith), r.errLines().get(0));
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void showNamesTheRunWhereTheSlowBenchmarkShifted() {
        CliRun show = run("history", "show", "--history-dir", history.toString());
        assertEquals(ExitCodes.PASS, show.exit(), show.err());
        assertEquals("", show.err());
        String[] lines = show.out().split("\n");
        assertEquals("History: 24 runs, 20261101T000000Z-c0ffee0 .. 20261101T230000Z-c0ffef7, 1 change points in 2 series",
                lines[0]);
        assertEquals(4, lines.length, "header, table header, a line per primary row: " + show.out());
        String slow = lines[3];
        assertTrue(slow.startsWith("x.Bench.slow  avgt"), slow);
        assertTrue(slow.matches(".*run 20261101T120000Z-c0ffeec: \\+1[4-6]\\.\\d% \\(regression\\), p=0\\.005$"), slow);
        assertTrue(lines[2].endsWith("none"), lines[2]);
    }

    @Test
    void markdownListsOnlyTheSeriesThatShifted() {
        CliRun md = run("history", "show", "--history-dir", history.toString(), "--format", "markdown");
        assertEquals(ExitCodes.PASS, md.exit(), md.err());
        assertEquals("", md.err());
        String[] lines = md.out().split("\n");
        assertEquals("### Benchmark history: 1 change point", lines[0]);
        assertEquals("24 runs (`20261101T000000Z-c0ffee0` .. `20261101T230000Z-c0ffef7`), 2 series. 1 shifted:", lines[2]);
        assertEquals("| benchmark | mode | runs | latest | trend | change points |", lines[4]);
        assertEquals(7, lines.length, md.out());
        assertTrue(lines[6].startsWith("| `x.Bench.slow` | avgt | 24 | "), lines[6]);
        assertTrue(lines[6].matches(".*\\| run 20261101T120000Z-c0ffeec: \\+1[4-6]\\.\\d% \\(regression\\), p=0\\.005 \\|$"), lines[6]);
        assertFalse(md.out().contains("x.Bench.fast"), md.out());
    }

    @Test
    void markdownOfAQuietHistorySaysNothingShifted() throws Exception {
        Path quiet = dir.resolve("quiet");
        Path incoming = dir.resolve("run.json");
        HistoryStore.append(quiet, incoming, START, "abc1234");
        CliRun md = run("history", "show", "--history-dir", quiet.toString(), "--format", "markdown");
        assertEquals(ExitCodes.PASS, md.exit(), md.err());
        assertEquals("### Benchmark history: 0 change points\n\n1 run (`20261101T000000Z-abc1234` .. `20261101T000000Z-abc1234`), "
                + "2 series. No series shifted.\n", md.out());
    }

    @Test
    void allMetricsAddsSecondaryRowsAndJsonGoesToAFile() throws Exception {
        Path out = dir.resolve("history.json");
        CliRun show = run("history", "show", "--history-dir", history.toString(), "--all-metrics", "--format", "json",
                "--out", out.toString(), "--window", "20", "--seed", "3");
        assertEquals(ExitCodes.PASS, show.exit(), show.err());
        assertEquals("", show.out());
        JsonNode root = SchemaAssert.valid(DocumentSchema.HISTORY, out);
        assertEquals(24, root.get("runs").size());
        assertEquals(20, root.get("settings").get("window").intValue());
        assertEquals(4, root.get("series").size());
        JsonNode slow = root.get("series").get(3);
        assertEquals("x.Bench.slow", slow.get("benchmark").stringValue());
        assertEquals("ns/op", slow.get("unit").stringValue());
        assertEquals("20261101T120000Z-c0ffeec", slow.get("changePoints").get(0).get("run").stringValue());
        assertEquals("gc.alloc.rate.norm", root.get("series").get(2).get("metric").stringValue());
        assertEquals(0, root.get("series").get(2).get("changePoints").size());
    }

    @Test
    void unreadableRunIsAWarningAndTheRestIsShown() throws Exception {
        Files.writeString(history.resolve("20261102T000000Z.json"), "");
        CliRun table = run("history", "show", "--history-dir", history.toString());
        assertEquals(ExitCodes.PASS, table.exit(), table.err());
        assertTrue(table.out().contains("warning: skipped run 20261102T000000Z.json: empty file, no JMH results"),
                table.out());
        CliRun json = run("history", "show", "--history-dir", history.toString(), "--format", "JSON");
        assertEquals(ExitCodes.PASS, json.exit(), json.err());
        assertEquals("comparator: warning: skipped run 20261102T000000Z.json: empty file, no JMH results", json.err().strip());
        assertEquals(24, JsonMapper.builder().build().readTree(json.out()).get("runs").size());
    }

    @Test
    void badInputExitsThreeWithOneLine() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"benchmark\": ");
        CliRun add = run("history", "add", "--result", broken.toString(), "--history-dir", history.toString());
        assertEquals(ExitCodes.BAD_INPUT, add.exit());
        assertOneCleanErrorLine(add, "comparator: " + broken + ": invalid JSON");

        CliRun missing = run("history", "show", "--history-dir", dir.resolve("nowhere").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit());
        assertOneCleanErrorLine(missing, "comparator: " + dir.resolve("nowhere") + ": not a history directory");

        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("a.json"), "{}");
        CliRun none = run("history", "show", "--history-dir", empty.toString());
        assertEquals(ExitCodes.BAD_INPUT, none.exit());
        assertOneCleanErrorLine(none, "comparator: " + empty + ": no readable runs in the history (1 skipped: skipped run a.json");

        Path incoming = dir.resolve("run.json");
        CliRun dup = run("history", "add", "--result", incoming.toString(), "--history-dir", history.toString(),
                "--time", START.toString(), "--git-commit", "c0ffee0");
        assertEquals(ExitCodes.BAD_INPUT, dup.exit());
        assertOneCleanErrorLine(dup, "comparator: ");
        assertTrue(dup.err().contains("already exists in the history"), dup.err());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        CliRun noSub = run("history");
        assertEquals(ExitCodes.USAGE, noSub.exit());
        assertOneCleanErrorLine(noSub, "comparator: missing subcommand (add or show)");

        CliRun sig = run("history", "show", "--history-dir", history.toString(), "--significance", "0.001");
        assertEquals(ExitCodes.USAGE, sig.exit());
        assertOneCleanErrorLine(sig, "comparator: with 199 permutations no p-value can reach 0.001");

        CliRun seg = run("history", "show", "--history-dir", history.toString(), "--min-segment", "1");
        assertEquals(ExitCodes.USAGE, seg.exit());
        assertOneCleanErrorLine(seg, "comparator: minSegment must be at least 2, got 1");

        CliRun time = run("history", "add", "--result", dir.resolve("run.json").toString(), "--time", "yesterday");
        assertEquals(ExitCodes.USAGE, time.exit());
        assertOneCleanErrorLine(time, "comparator: --time: expected an ISO-8601 instant");

        CliRun format = run("history", "show", "--history-dir", history.toString(), "--format", "xml");
        assertEquals(ExitCodes.USAGE, format.exit());
        assertOneCleanErrorLine(format, "comparator: ");
    }
}
