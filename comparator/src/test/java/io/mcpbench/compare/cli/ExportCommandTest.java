package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code comparator export}: output, file writing, and the exit codes of bad usage and bad input. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path result;

    @BeforeEach
    void copyFixture() throws Exception {
        result = dir.resolve("result.json");
        try (InputStream in = getClass().getResourceAsStream("/io/mcpbench/compare/export/tricky-params.json")) {
            Files.copy(in, result);
        }
    }

    private static CliRun run(String... args) {
        return CliRun.run(new EngineBackend(), Map.of(), args);
    }

    @Test
    void writesOpenMetricsToStandardOutput() {
        CliRun r = run("export", "--openmetrics", result.toString(), "--label", "runner=bench-1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("# TYPE jmh_score gauge\n"), r.out());
        assertTrue(r.out().endsWith("# EOF\n"));
        assertTrue(r.out().contains("metric=\"primary\",unit=\"ns/op\",runner=\"bench-1\"} 12.5\n"), r.out());
    }

    @Test
    void writesTheSameTextToAFile() throws Exception {
        Path out = dir.resolve("sub-none/../bench.prom");
        Files.createDirectories(dir.resolve("sub-none"));
        CliRun r = run("export", "--openmetrics", result.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(run("export", "--openmetrics", result.toString()).out(), text);
    }

    @Test
    void withoutAFormatItIsAUsageError() {
        CliRun r = run("export", result.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("comparator: Missing required option: '--openmetrics'"), r.err());
    }

    @Test
    void aMissingOrMalformedResultIsBadInputOnOneLine() throws Exception {
        CliRun missing = run("export", "--openmetrics", dir.resolve("nope.json").toString());
        assertEquals(3, missing.exit());
        assertEquals(1, missing.errLines().size(), missing.err());
        assertTrue(missing.err().contains("nope.json: no such file"), missing.err());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"benchmark\": ");
        CliRun bad = run("export", "--openmetrics", broken.toString());
        assertEquals(3, bad.exit());
        assertEquals(1, bad.errLines().size(), bad.err());
    }

    @Test
    void anInvalidLabelIsBadInputOnOneLine() {
        CliRun r = run("export", "--openmetrics", result.toString(), "--label", "mode=x");
        assertEquals(3, r.exit());
        assertEquals("comparator: label name \"mode\" is used by the exported series", r.err().strip());
    }
}
