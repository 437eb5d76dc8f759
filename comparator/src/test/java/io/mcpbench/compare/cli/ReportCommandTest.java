package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.mcpbench.compare.history.HistoryStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code comparator report --html}: the page on the real engine, and its usage and input errors. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private Path base;
    private Path slow;

    @BeforeEach
    void copyFixtures() throws Exception {
        base = copy("base.json");
        slow = copy("cand-slow.json");
    }

    private Path copy(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private static CliRun run(String... args) {
        return CliRun.run(new EngineBackend(), Map.of(), args);
    }

    private static void assertOneLine(CliRun r) {
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("comparator: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void writesThePageWithEveryRowAndItsForkMeans() throws Exception {
        Path out = dir.resolve("report.html");
        CliRun r = run("report", "--html", out.toString(), "--title", "slow <candidate>", base.toString(), slow.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().startsWith("wrote " + out + ": "), r.out());
        assertTrue(r.out().contains("1 regressed"), r.out());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("<title>slow &lt;candidate&gt;</title>"));
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find());
        JsonNode data = JsonMapper.builder().build().readTree(m.group(1));
        JsonNode first = data.get("rows").get(0);
        assertEquals("REGRESSED", first.get("verdict").asString());
        assertTrue(first.get("baseMeans").size() > 0, "the engine's evidence reaches the page");
        assertEquals(first.get("baseForks").asInt(), first.get("baseMeans").size());
    }

    @Test
    void aPolicyWithAPlanPutsItsTableOnThePage() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"limits\": ["
                + "{\"plan\": \"search\", \"target\": \"under 1 s\", \"benchmark\": \".*SearchBenchmark\\\\.bm25\", \"threshold\": \"avg<1s\"},"
                + "{\"plan\": \"not run\", \"target\": \"under 1 s\", \"benchmark\": \".*NoSuchBenchmark\", \"threshold\": \"avg<1s\"}]}");
        Path out = dir.resolve("plan.html");
        CliRun r = run("report", "--html", out.toString(), "--policy", policy.toString(), base.toString(), slow.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("<table id=\"plan-table\">"), "the plan's table is on the page");
        assertTrue(html.contains("1 of 2 criteria met (1 not measured)"), html.substring(html.indexOf("id=\"plan\"")));
    }

    private static JsonNode data(Path page) throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find());
        return JsonMapper.builder().build().readTree(m.group(1));
    }

    @Test
    void historyAddsTrendLinesWithTheStepAsAChangePoint() throws Exception {
        Path history = dir.resolve("history");
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < 12; i++) {
            HistoryStore.append(history, i < 6 ? base : slow, String.format("run%02d", i), start.plusSeconds(3600L * i), null);
        }
        Path out = dir.resolve("with-history.html");
        CliRun r = run("report", "--html", out.toString(), "--history-dir", history.toString(), base.toString(), slow.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        JsonNode data = data(out);
        JsonNode h = data.get("history");
        assertEquals(12, h.get("runs").size());
        assertEquals("run00", h.get("runs").get(0).asString());
        String regressedId = data.get("rows").get(0).get("id").asString();
        boolean found = false;
        for (JsonNode s : h.get("series")) {
            assertEquals(s.get("x").size(), s.get("y").size());
            if (s.get("id").asString().equals(regressedId)) {
                found = true;
                assertEquals(1, s.get("changes").size(), s.toString());
                assertEquals(6, s.get("changes").get(0).get("i").asInt());
                assertTrue(s.get("changes").get(0).get("regression").asBoolean());
            } else if (s.get("y").get(0).asDouble() == s.get("y").get(11).asDouble()) {
                assertEquals(0, s.get("changes").size(), "a flat series has no change point: " + s.get("name").asString());
            }
        }
        assertTrue(found, "the regressed row has a trend line");
    }

    @Test
    void anEmptyHistoryIsBadInput() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty-history"));
        CliRun r = run("report", "--html", dir.resolve("x.html").toString(), "--history-dir", empty.toString(),
                base.toString(), slow.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertOneLine(r);
        assertTrue(r.err().contains("no readable runs"), r.err());
    }

    @Test
    void withoutHtmlItIsAUsageError() {
        CliRun r = run("report", base.toString(), slow.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertOneLine(r);
        assertTrue(r.err().contains("--html"), r.err());
    }

    @Test
    void aMissingInputIsBadInput() {
        CliRun r = run("report", "--html", dir.resolve("x.html").toString(), base.toString(), dir.resolve("nope.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertOneLine(r);
        assertTrue(r.err().contains("nope.json: no such file"), r.err());
        assertFalse(Files.exists(dir.resolve("x.html")));
    }

    @Test
    void anUnwritableTargetIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun r = run("report", "--html", file.resolve("report.html").toString(), base.toString(), slow.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertOneLine(r);
        assertTrue(r.err().contains("cannot write the report"), r.err());
    }
}
