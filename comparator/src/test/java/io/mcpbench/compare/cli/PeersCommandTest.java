package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code comparator peers} on a real JMH result and on a run of one fork a side. */
class PeersCommandTest {

    private static final String REAL = "MacsiaProduction__db-algo-lab4__results_full_jmh-results.json";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(new EngineBackend(), Map.of(), args);
    }

    private static String real() throws Exception {
        return SummaryCommandTest.corpus().resolve(REAL).toString();
    }

    @Test
    void aRealResultShowsEveryPeerAsARatioWithItsInterval() throws Exception {
        CliRun r = run("peers", real(), "--ours", "impl=OWN");
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertEquals("", r.err());
        List<String> lines = List.of(r.out().split("\n"));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("benchmark ")).findFirst().orElseThrow());
        assertTrue(lines.get(header).contains("95% interval"), lines.get(header));
        List<String> rows = lines.subList(header + 1, lines.subList(header, lines.size()).indexOf("") + header);
        assertEquals(76, rows.size(), "38 rows of ours, each against JDK and SYNC");
        for (String row : rows) {
            assertTrue(row.matches(".*\\b(JDK|SYNC)\\s+2/2\\s+[0-9.]+x (faster|slower)\\s+\\[[^\\]]+\\]( .*)?$"), row);
        }
        assertTrue(r.out().contains("76 ratios of ours against a peer"), r.out());
        assertFalse(r.out().contains("cannot be computed"), "two forks a side give every interval");
    }

    @Test
    void theDefaultOursNamesWhatItLookedFor() throws Exception {
        CliRun r = run("peers", real());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().startsWith("peers: no rows that differ only in impl with one of them impl=mcpbench"), r.out());
        assertTrue(r.out().contains("no impl=mcpbench row: MixedBenchmark.mixed_thr01 (impl=OWN, JDK, SYNC)"), r.out());
    }

    @Test
    void oneForkASideSaysTheIntervalCannotBeComputed() throws Exception {
        Path file = dir.resolve("one-fork.json");
        Files.writeString(file, "[" + entry("mcpbench", 56.0) + "," + entry("sdk-scan", 1840.0) + "]", StandardCharsets.UTF_8);
        CliRun r = run("peers", file.toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().contains("32.9x faster  cannot be computed: 1 fork a side"), r.out());
        assertFalse(r.out().contains("["), "no interval is shown: " + r.out());
        assertTrue(r.out().contains("1 ratio has no interval: it cannot be computed from fewer than 2 forks a side"), r.out());
    }

    @Test
    void badOptionsAreUsageErrorsAndABadFileIsBadInput() throws Exception {
        for (String[] args : new String[][] {{"--ours", "impl"}, {"--confidence", "1.5"}, {"--confidence", "0"}}) {
            CliRun r = run("peers", real(), args[0], args[1]);
            assertEquals(ExitCodes.USAGE, r.exit(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
        }
        CliRun missing = run("peers", dir.resolve("missing.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit(), missing.err());
        assertEquals(1, missing.errLines().size(), missing.err());
    }

    private static String entry(String impl, double score) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"io.example.ToolBindingBenchmark.bind\",\"mode\":\"avgt\",\"threads\":1,"
                + "\"forks\":1,\"params\":{\"impl\":\"" + impl + "\",\"tools\":\"50\"},\"primaryMetric\":{\"score\":" + score
                + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"ns/op\",\"rawData\":[[" + score + "," + score + "," + score + "]]}}";
    }
}
