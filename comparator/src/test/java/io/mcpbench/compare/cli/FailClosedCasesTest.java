package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs the gate once passed although it had to fail them, each run through the command
 * line: every one now exits 1 (regression) or 3 (cannot gate), never 0.
 */
class FailClosedCasesTest {

    @TempDir
    Path dir;

    /** One avgt entry in us/op with the given forks (each an array of iterations) and optional secondary metrics. */
    private static String entry(String benchmark, double[][] forks, String secondary) {
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"" + benchmark + "\", \"mode\": \"avgt\", \"threads\": 1, "
                + "\"forks\": " + forks.length + ", \"primaryMetric\": {\"scoreUnit\": \"us/op\", \"rawData\": "
                + raw(forks) + "}, \"secondaryMetrics\": {" + (secondary == null ? "" : secondary) + "}}";
    }

    private static String raw(double[][] forks) {
        List<String> fs = new ArrayList<>();
        for (double[] f : forks) {
            List<String> vs = new ArrayList<>();
            for (double v : f) vs.add(Double.isNaN(v) ? "\"NaN\"" : String.format(Locale.ROOT, "%.17g", v));
            fs.add("[" + String.join(", ", vs) + "]");
        }
        return "[" + String.join(", ", fs) + "]";
    }

    /** Forks of {@code iterations} equal iterations, one fork per value. */
    private static double[][] forks(int iterations, double... values) {
        double[][] out = new double[values.length][iterations];
        for (int f = 0; f < values.length; f++) java.util.Arrays.fill(out[f], values[f]);
        return out;
    }

    private CliRun gate(String base, String cand, String... extra) throws IOException {
        Path b = dir.resolve("base.json");
        Path c = dir.resolve("cand.json");
        Files.writeString(b, "[" + base + "]");
        Files.writeString(c, "[" + cand + "]");
        List<String> args = new ArrayList<>(List.of("gate", "--baseline", b.toString(), "--candidate", c.toString(),
                "--baselines-dir", dir.resolve("none").toString(), "--git-commit", "0000000"));
        args.addAll(List.of(extra));
        return CliRun.run(new EngineBackend(), Map.of(), args.toArray(new String[0]));
    }

    private static void assertFailsClosed(CliRun r, int expected) {
        assertNotEquals(ExitCodes.PASS, r.exit(), r.out() + r.err());
        assertEquals(expected, r.exit(), r.out() + r.err());
        for (String line : r.errLines()) assertTrue(line.startsWith("comparator: "), r.err());
    }

    @Test
    void aHundredTimesSlowerWithOneForkOfOneIterationCannotGate() throws IOException {
        CliRun r = gate(entry("a.B.m", forks(1, 10), null), entry("a.B.m", forks(1, 1000), null));
        assertFailsClosed(r, ExitCodes.BAD_INPUT);
        assertTrue(r.err().contains("cannot gate: 1 gated row(s) have fewer than 2 settled forks"), r.err());
    }

    @Test
    void oneForkASideNeverDecidesEvenASlowerJitModeOrARealChange() throws IOException {
        double[][] base = {{100, 100.2, 99.8, 100.1, 99.9, 100, 100.1, 99.9, 100, 100.1}};
        double[][] mode = {{111, 111.2, 110.8, 111.1, 110.9, 111, 111.1, 110.9, 111, 111.1}};
        assertFailsClosed(gate(entry("a.B.m", base, null), entry("a.B.m", mode, null)), ExitCodes.BAD_INPUT);
        // and a run that knows it cannot gate may say so in its policy
        CliRun smoke = gate(entry("a.B.m", base, null), entry("a.B.m", base, null), "--too-few-forks", "pass");
        assertEquals(ExitCodes.PASS, smoke.exit(), smoke.err());
    }

    @Test
    void aGatedMetricWithAZeroBaselineCannotBeComputed() throws IOException {
        String zero = "\"errors\": {\"scoreUnit\": \"#\", \"rawData\": " + raw(forks(3, 0, 0, 0)) + "}";
        String twenty = "\"errors\": {\"scoreUnit\": \"#\", \"rawData\": " + raw(forks(3, 20, 21, 20)) + "}";
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"defaults\": {\"gatedMetrics\": [\"primary\", \"errors\"]}}");
        CliRun r = gate(entry("a.B.m", forks(5, 10, 10.1, 9.9), zero), entry("a.B.m", forks(5, 10, 10.1, 9.9), twenty),
                "--policy", policy.toString());
        assertFailsClosed(r, ExitCodes.BAD_INPUT);
        assertTrue(r.err().contains("zero baseline"), r.err());
    }

    @Test
    void aGatedRowWithValuesThatAreNotNumbersCannotBeTrusted() throws IOException {
        double[][] nan = forks(5, 10, 10.1, 9.9);
        nan[1][2] = Double.NaN;
        CliRun r = gate(entry("a.B.m", forks(5, 10, 10.1, 9.9), null), entry("a.B.m", nan, null));
        assertFailsClosed(r, ExitCodes.BAD_INPUT);
        assertTrue(r.err().contains("not finite"), r.err());
    }

    @Test
    void valuesNearTheLargestDoubleAreComparedAndTheirLimitsChecked() throws IOException {
        CliRun r = gate(entry("a.B.m", forks(5, 1.0e308, 1.01e308, 0.99e308), null),
                entry("a.B.m", forks(5, 1.7e308, 1.71e308, 1.69e308), null));
        assertFailsClosed(r, ExitCodes.REGRESSION);
        Path policy = dir.resolve("limits.json");
        Files.writeString(policy, "{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"avg<1s\"}]}");
        CliRun limited = gate(entry("a.B.m", forks(5, 1.0e308, 1.01e308, 0.99e308), null),
                entry("a.B.m", forks(5, 1.0e308, 1.01e308, 0.99e308), null), "--policy", policy.toString());
        assertFailsClosed(limited, ExitCodes.REGRESSION);
        assertTrue(limited.out().contains("avg<1s"), limited.out());
    }

    @Test
    void aWorseCandidateIsNeverBetterForBeingWorse() throws IOException {
        String base = entry("a.B.m", forks(5, 10, 10, 10), null);
        assertFailsClosed(gate(base, entry("a.B.m", forks(5, 12, 12, 14), null)), ExitCodes.REGRESSION);
        assertFailsClosed(gate(base, entry("a.B.m", forks(5, 12, 12, 16), null)), ExitCodes.REGRESSION);
    }

    @Test
    void oneWildForkAmongFiveIsNotAveragedIntoAPass() throws IOException {
        CliRun r = gate(entry("a.B.m", forks(5, 10, 10, 10, 10, 10), null),
                entry("a.B.m", forks(5, 20, 20.2, 19.8, 20.1, 2000), null));
        assertFailsClosed(r, ExitCodes.BAD_INPUT);
        assertTrue(r.err().contains("its side's median fork"), r.err());
    }
}
