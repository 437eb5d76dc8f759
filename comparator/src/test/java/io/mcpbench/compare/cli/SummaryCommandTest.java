package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.Row;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code comparator summary} over the real reader and every real JMH result of the corpus. */
class SummaryCommandTest {

    private static final Set<String> BROKEN = Set.of(
            "Enaifuos__GoogleHashCode_VideoStreaming__benchmark_jmh-result.json",
            "ozkanpakdil__java-benchmarks__results_OpenJDK_64-Bit_Server_VM-Eclipse_Adoptium-17.0.6.json",
            "chrisgleissner__java-benchmarks__jmh-result-all__8b7db0b.json");

    @TempDir
    Path dir;

    static Path corpus() throws URISyntaxException {
        return Path.of(SummaryCommandTest.class.getResource("/jmh-real/MANIFEST.md").toURI()).getParent();
    }

    static Stream<String> corpusFiles() throws Exception {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    private static CliRun run(String... args) {
        return CliRun.run(new EngineBackend(), Map.of(), args);
    }

    /** The lines of the table after its header, up to the blank line. */
    private static List<String> dataLines(String out) {
        List<String> lines = List.of(out.split("\n", -1));
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            if (lines.get(i).startsWith("benchmark ")) header = i;
        }
        assertTrue(header >= 0, out);
        int end = lines.subList(header, lines.size()).indexOf("") + header;
        return lines.subList(header + 1, end);
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void everyRealResultPrintsOneLinePerScoreOrIsRefusedInOneLine(String name) throws Exception {
        Path file = corpus().resolve(name);
        CliRun r = run("summary", file.toString());
        if (BROKEN.contains(name)) {
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().contains(name), r.err());
            return;
        }
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertEquals("", r.err());
        List<Row> primaries = JmhResultReader.read(file).rows().stream().filter(row -> row.key().isPrimary()).toList();
        List<String> lines = dataLines(r.out());
        assertEquals(primaries.size(), lines.size(), r.out());
        for (int i = 0; i < lines.size(); i++) {
            String method = primaries.get(i).key().benchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            assertTrue(lines.get(i).contains(method + " "), lines.get(i) + " should show " + method);
            assertTrue(lines.get(i).contains(" " + primaries.get(i).key().mode() + " "), lines.get(i));
        }
        assertTrue(r.out().contains(primaries.size() + (primaries.size() == 1 ? " benchmark row" : " benchmark rows")), r.out());
    }

    @Test
    void allocationPerOpIsShownWhenTheRunHadTheGcProfiler() throws Exception {
        CliRun r = run("summary", corpus().resolve("guyko__weighted-lottery__jmh-result.json").toString());
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().contains("alloc/op"), r.out());
        for (String l : dataLines(r.out())) {
            assertTrue(l.matches(".*\\d(\\.\\d+)? [KMG]?B/op$"), l);
        }
    }

    @Test
    void outWritesTheSameTableAndMarkdownIsATable() throws Exception {
        String file = corpus().resolve("guyko__weighted-lottery__jmh-result.json").toString();
        CliRun printed = run("summary", file);
        Path out = dir.resolve("table.txt");
        CliRun written = run("summary", file, "--out", out.toString());
        assertEquals(ExitCodes.PASS, written.exit(), written.err());
        assertEquals("", written.out());
        assertEquals(printed.out(), Files.readString(out));
        CliRun md = run("summary", file, "--format", "markdown", "--all-metrics");
        assertEquals(ExitCodes.PASS, md.exit(), md.err());
        assertTrue(md.out().startsWith("### JMH result `"), md.out());
        assertTrue(md.out().contains(":gc.alloc.rate.norm` |"), md.out());
    }

    @Test
    void badUsageAndBadFilesExitWithOneLine() {
        CliRun none = run("summary");
        assertEquals(ExitCodes.USAGE, none.exit());
        assertEquals(1, none.errLines().size(), none.err());
        CliRun format = run("summary", "x.json", "--format", "html");
        assertEquals(ExitCodes.USAGE, format.exit());
        CliRun missing = run("summary", dir.resolve("nope.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit());
        assertEquals(1, missing.errLines().size(), missing.err());
        assertTrue(missing.err().contains("nope.json: no such file"), missing.err());
    }
}
