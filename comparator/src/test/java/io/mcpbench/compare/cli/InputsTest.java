package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} reads a result from standard input, once, wherever a command reads a result to compare or summarise. */
class InputsTest {

    @TempDir
    Path dir;

    private Path base;
    private byte[] slow;
    private final AtomicInteger opened = new AtomicInteger();

    @BeforeEach
    void fixtures() throws Exception {
        base = dir.resolve("base.json");
        try (InputStream in = getClass().getResourceAsStream("base.json")) {
            Files.write(base, in.readAllBytes());
        }
        try (InputStream in = getClass().getResourceAsStream("cand-slow.json")) {
            slow = in.readAllBytes();
        }
    }

    /** Standard input holding {@code content}, counting how often it is opened. */
    private Supplier<InputStream> stdin(byte[] content) {
        return () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(content);
        };
    }

    private CliRun run(byte[] input, String... args) {
        return CliRun.run(new EngineBackend(), Map.of(), stdin(input), args);
    }

    @Test
    void compareReadsTheCandidateFromStandardInput() {
        CliRun r = run(slow, "compare", base.toString(), "-");
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().contains("candidate: standard input"), r.out());
        assertTrue(r.out().contains("REGRESSED"), r.out());
        assertEquals(1, opened.get());
    }

    @Test
    void gateReadsTheCandidateFromStandardInputAndFailsOnItsRegression() {
        CliRun r = run(slow, "gate", "--baseline", base.toString(), "--candidate", "-", "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.REGRESSION, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("gate: FAIL"), r.out());
        assertEquals(1, opened.get());
    }

    @Test
    void summaryReadsStandardInput() {
        CliRun r = run(slow, "summary", "-");
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertTrue(r.out().startsWith("result:  standard input\n"), r.out());
    }

    @Test
    void standardInputIsReadOnceEvenWhenNamedTwice() {
        CliRun r = run(slow, "compare", "-", "-");
        assertEquals(ExitCodes.PASS, r.exit(), r.err());
        assertEquals(1, opened.get());
        assertTrue(r.out().contains("EQUIVALENT") || r.out().contains("INCONCLUSIVE"), "the same bytes on both sides: " + r.out());
    }

    @Test
    void badStandardInputIsOneLineAndExit3() {
        CliRun empty = run(new byte[0], "gate", "--baseline", base.toString(), "--candidate", "-", "--baselines-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, empty.exit(), empty.err());
        assertEquals(1, empty.errLines().size(), empty.err());
        assertTrue(empty.err().startsWith("comparator: standard input: "), empty.err());
        CliRun junk = run("[{\"benchmark\":".getBytes(), "summary", "-");
        assertEquals(ExitCodes.BAD_INPUT, junk.exit(), junk.err());
        assertTrue(junk.err().startsWith("comparator: standard input: "), junk.err());
    }
}
