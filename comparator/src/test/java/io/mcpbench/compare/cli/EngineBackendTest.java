package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.analysis.ComparisonSettings;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.decision.RowSettings;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EngineBackendTest {

    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    @Test
    void commandLineDefaultsAreTheEnginesDefaults() {
        ComparisonSettings engine = ComparisonSettings.defaults();
        Policy policy = Policy.defaults();
        assertEquals(ComparisonSettings.DEFAULT_Q, policy.q());
        assertEquals(engine.q(), policy.q());
        assertEquals(ComparisonSettings.DEFAULT_NOISE_FLOOR, policy.noiseFloor());
        RowKey primary = RowKey.of("a.B.c", "avgt", java.util.Map.of(), 1, RowKey.PRIMARY);
        RowSettings fromPolicy = EngineBackend.settings(new StatisticsSettings(policy.q(), policy.noiseFloor(), null, null),
                policy).settings(primary);
        assertEquals(engine.settings(primary), fromPolicy);
        RowKey alloc = primary.withMetric("gc.alloc.rate.norm");
        assertEquals(engine.settings(alloc), EngineBackend.settings(new StatisticsSettings(policy.q(),
                policy.noiseFloor(), null, null), policy).settings(alloc));
        StatisticsOptions options = new StatisticsOptions();
        new CommandLine(new Holder()).addMixin("s", options).parseArgs();
        assertEquals(policy, options.apply(policy));
    }

    @CommandLine.Command
    static final class Holder {
    }

    @Test
    void perBenchmarkOverridesReachTheEngine() throws Exception {
        EngineBackend backend = new EngineBackend();
        ResultFile base = Inputs.result(backend, copy("base.json"));
        ResultFile slow = Inputs.result(backend, copy("cand-slow.json"));
        StatisticsSettings s = new StatisticsSettings(0.05, 0.02, null, null);
        RowComparison strict = find(backend.compare(base, slow, s, Policy.defaults()));
        assertEquals(Verdict.REGRESSED, strict.verdict());
        // a noise floor of 50% for the search benchmark: a 20% change no longer counts
        Policy lenient = PolicyLoader.parse("p.json", "{\"overrides\": [{\"benchmark\": \".*SearchBenchmark.*\", \"noiseFloor\": 0.5}]}"
                .getBytes(StandardCharsets.UTF_8));
        RowComparison loose = find(backend.compare(base, slow, s, lenient));
        assertTrue(loose.verdict() != Verdict.REGRESSED, loose.toString());
    }

    private static RowComparison find(ComparisonBackend.Comparison c) {
        for (RowComparison r : c.rows()) {
            if (r.key().benchmark().endsWith("bm25") && r.key().isPrimary()) return r;
        }
        throw new AssertionError("no bm25 row");
    }

    @Test
    void readErrorsNameThePathAsGiven() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{");
        BadInputException e = assertThrows(BadInputException.class, () -> Inputs.result(new EngineBackend(), bad));
        assertTrue(e.getMessage().startsWith(bad + ": "), e.getMessage());
    }
}
