package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mcpbench.compare.fuzz.Bounded;
import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The gate end to end on fuzzed candidate bytes against a fixed real baseline: it exits 0
 * only for a candidate the reader loads completely, exits only with a documented code, and
 * reports every failure as {@code comparator: ...} lines without a stack trace or an internal error.
 *
 * <p>Seeds (the baseline itself, truncated and edited copies) and past findings are in
 * {@code GateFuzzTestInputs/gatePassesOnlyWhatItFullyRead/}; see {@code comparator/FUZZING.md}.
 */
class GateFuzzTest {

    /** A real two-benchmark, five-fork JMH 1.37 file from the corpus. */
    static final String BASELINE_RESOURCE = "/jmh-real/LTE1916__CS209Lab__jmh-result.json";

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Path DIR;
    private static final Path BASELINE;
    private static final Path CANDIDATE;

    static {
        try {
            DIR = Files.createTempDirectory("gate-fuzz");
            BASELINE = DIR.resolve("baseline.json");
            CANDIDATE = DIR.resolve("candidate.json");
            try (InputStream in = GateFuzzTest.class.getResourceAsStream(BASELINE_RESOURCE)) {
                Files.write(BASELINE, in.readAllBytes());
            }
            BASELINE.toFile().deleteOnExit();
            CANDIDATE.toFile().deleteOnExit();
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void gatePassesOnlyWhatItFullyRead(byte[] candidate) throws IOException {
        Files.write(CANDIDATE, candidate);
        CliRun r = Bounded.call(LIMIT, "gate", () -> gate(BASELINE, CANDIDATE, DIR));
        assertCleanOutcome(r);
        if (r.exit() == ExitCodes.PASS) {
            try {
                JmhResultReader.read(CANDIDATE);
            } catch (BadInputException e) {
                fail("the gate passed a candidate the reader refuses: " + e.getMessage());
            }
        }
    }

    /** Runs {@code comparator gate} on the real reader and engine, without asking git or the host. */
    static CliRun gate(Path baseline, Path candidate, Path baselinesDir) {
        return CliRun.run(new EngineBackend(), Map.of(), "gate", "--baseline", baseline.toString(),
                "--candidate", candidate.toString(), "--baselines-dir", baselinesDir.toString(),
                "--git-commit", "0000000");
    }

    /** A documented exit code, and stderr holding only one-line {@code comparator:} messages. */
    static void assertCleanOutcome(CliRun r) {
        int code = r.exit();
        assertTrue(code == ExitCodes.PASS || code == ExitCodes.REGRESSION || code == ExitCodes.BAD_INPUT,
                "exit " + code + ": " + r.err());
        for (String line : r.errLines()) {
            if (!line.startsWith("comparator: ")) fail("stderr line not from the comparator: " + r.err());
            if (line.startsWith("\tat ") || line.contains("internal error")) fail("defect reported: " + r.err());
        }
        if (code == ExitCodes.BAD_INPUT && r.errLines().isEmpty()) fail("exit 3 without a message");
    }
}
