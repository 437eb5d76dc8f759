package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The two options scripts/ab.sh drives a sequential run with: {@code --look} and {@code --undecided-out}. */
class SequentialLookTest {

    @TempDir
    Path dir;

    /** Two benchmarks of four paired rounds: {@code a.B.slow} 10% slower, {@code a.B.same} unchanged but noisy. */
    private Path[] files() throws IOException {
        double[] noise = {1.00, 1.03, 0.97, 1.02};
        StringBuilder b = new StringBuilder("[");
        StringBuilder c = new StringBuilder("[");
        for (String name : new String[] {"a.B.slow", "a.B.same"}) {
            double factor = name.endsWith("slow") ? 1.10 : 1.0;
            if (b.length() > 1) {
                b.append(',');
                c.append(',');
            }
            b.append(entry(name, 100, noise, 1.0));
            c.append(entry(name, 100 * factor, noise, name.endsWith("same") ? 1.05 : 1.0));
        }
        Path base = dir.resolve("base.json");
        Path cand = dir.resolve("cand.json");
        Files.writeString(base, b.append(']').toString());
        Files.writeString(cand, c.append(']').toString());
        return new Path[] {base, cand};
    }

    private static String entry(String name, double value, double[] rounds, double wobble) {
        StringBuilder raw = new StringBuilder("[");
        StringBuilder labels = new StringBuilder("[");
        for (int r = 0; r < rounds.length; r++) {
            double v = value * rounds[r] * (r % 2 == 0 ? wobble : 1 / wobble);
            raw.append(r == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%f,%f,%f,%f,%f]", v, v * 1.001, v * 0.999, v, v));
            labels.append(r == 0 ? "" : ",").append("\"round-").append(r + 1).append('"');
        }
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"" + name + "\",\"mode\":\"avgt\",\"threads\":1,\"forks\":"
                + rounds.length + ",\"forkLabels\":" + labels + "],\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":"
                + raw + "]},\"secondaryMetrics\":{}}";
    }

    private CliRun gate(Path[] f, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("gate", "--baseline", f[0].toString(), "--candidate",
                f[1].toString(), "--baselines-dir", dir.resolve("none").toString(), "--git-commit", "0",
                "--format", "json"));
        args.addAll(List.of(extra));
        return CliRun.run(new EngineBackend(), Map.of(), args.toArray(new String[0]));
    }

    @Test
    void anEarlyLookSpendsAlmostNothingAndTheLastLookTheRest() throws Exception {
        Path[] f = files();
        JsonNode early = SchemaAssert.valid(DocumentSchema.COMPARISON, gate(f, "--look", "0:0.2").out());
        JsonNode last = SchemaAssert.valid(DocumentSchema.COMPARISON, gate(f, "--look", "0.8:1").out());
        double earlyQ = early.get("settings").get("q").doubleValue();
        double lastQ = last.get("settings").get("q").doubleValue();
        assertTrue(earlyQ < 1e-4, "early " + earlyQ);
        assertTrue(lastQ > 0.015 && lastQ < 0.05, "last " + lastQ);
        assertEquals("0.8:1", last.get("settings").get("look").asString());
    }

    @Test
    void theUndecidedBenchmarksAreListedAsIncludePatterns() throws Exception {
        Path[] f = files();
        Path undecided = dir.resolve("undecided.txt");
        CliRun r = gate(f, "--look", "0:1", "--undecided-out", undecided.toString(), "--inconclusive", "pass");
        assertTrue(r.exit() == ExitCodes.REGRESSION, r.out() + r.err());
        List<String> lines = Files.readAllLines(undecided);
        assertEquals(List.of("^a\\.B\\.same$"), lines, "the slow row is decided (REGRESSED), the noisy one is not");
    }

    @Test
    void aMalformedLookIsAUsageError() throws Exception {
        Path[] f = files();
        for (String bad : new String[] {"1:0.5", "0.5", "-1:1", "0:2", "a:b"}) {
            CliRun r = gate(f, "--look", bad);
            assertEquals(ExitCodes.USAGE, r.exit(), bad + ": " + r.err());
            assertTrue(r.err().startsWith("comparator: --look: expected FROM:TO"), r.err());
        }
    }
}
