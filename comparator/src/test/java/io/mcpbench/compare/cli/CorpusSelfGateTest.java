package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every loadable real JMH file gated against itself: it passes when every gated row has two
 * forks or more, and otherwise the gate says it cannot gate (exit 3, one line) unless told that
 * runs with too few forks pass. Nothing is ever REGRESSED.
 */
class CorpusSelfGateTest {

    private static final List<String> BROKEN = List.of("Enaifuos__GoogleHashCode_VideoStreaming__benchmark_jmh-result.json",
            "ozkanpakdil__java-benchmarks__results_OpenJDK_64-Bit_Server_VM-Eclipse_Adoptium-17.0.6.json",
            "chrisgleissner__java-benchmarks__jmh-result-all__8b7db0b.json");

    @TempDir
    Path dir;

    static Stream<String> files() throws Exception {
        Path corpus = Path.of(CorpusSelfGateTest.class.getResource("/jmh-real/MANIFEST.md").toURI()).getParent();
        try (Stream<Path> s = Files.list(corpus)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !BROKEN.contains(n))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void aFileGatedAgainstItselfPassesOrSaysWhyItCannotGate(String name) throws IOException, Exception {
        Path file = Path.of(getClass().getResource("/jmh-real/" + name).toURI());
        ResultFile read = JmhResultReader.read(file);
        boolean fewForks = false;
        for (Row r : read.rows()) {
            if (Policy.defaults().settings().forBenchmark(r.key().benchmark()).gates(r.key().metric()) && r.forkCount() < 2) fewForks = true;
        }
        CliRun r = CliRun.run(new EngineBackend(), Map.of(), "gate", "--baseline", file.toString(), "--candidate",
                file.toString(), "--baselines-dir", dir.toString(), "--git-commit", "0000000");
        assertTrue(!r.out().contains("REGRESSED"), r.out());
        if (fewForks) {
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.out() + r.err());
            assertTrue(r.err().startsWith("comparator: cannot gate: "), r.err());
            CliRun smoke = CliRun.run(new EngineBackend(), Map.of(), "gate", "--baseline", file.toString(),
                    "--candidate", file.toString(), "--baselines-dir", dir.toString(), "--git-commit", "0000000",
                    "--too-few-forks", "pass");
            assertEquals(ExitCodes.PASS, smoke.exit(), smoke.out() + smoke.err());
        } else {
            assertEquals(ExitCodes.PASS, r.exit(), r.out() + r.err());
        }
    }
}
