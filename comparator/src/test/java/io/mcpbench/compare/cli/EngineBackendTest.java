package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import io.mcpbench.compare.settings.Settings;
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
        Settings engine = Settings.DEFAULTS;
        Policy policy = Policy.defaults();
        assertEquals(Settings.DEFAULT_Q, policy.settings().q());
        assertEquals(engine.q(), policy.settings().q());
        assertEquals(Settings.DEFAULT_NOISE_FLOOR, policy.settings().noiseFloor());
        RowKey primary = RowKey.of("a.B.c", "avgt", java.util.Map.of(), 1, RowKey.PRIMARY);
        Settings fromPolicy = policy.settings().forBenchmark(primary.benchmark());
        assertEquals(engine.forBenchmark(primary.benchmark()), fromPolicy);
        assertTrue(fromPolicy.gates(primary.metric()));
        RowKey alloc = primary.withMetric("gc.alloc.rate.norm");
        assertEquals(engine.gates(alloc.metric()), fromPolicy.gates(alloc.metric()));
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
        RowComparison strict = find(backend.compare(base, slow, Policy.defaults().settings(), null));
        assertEquals(Verdict.REGRESSED, strict.verdict());
        // a noise floor of 50% for the search benchmark: a 20% change no longer counts
        Policy lenient = PolicyLoader.parse("p.json", "{\"overrides\": [{\"benchmark\": \".*SearchBenchmark.*\", \"noiseFloor\": 0.5}]}"
                .getBytes(StandardCharsets.UTF_8));
        RowComparison loose = find(backend.compare(base, slow, lenient.settings(), null));
        assertTrue(loose.verdict() != Verdict.REGRESSED, loose.toString());
    }

    private static RowComparison find(ComparisonResult c) {
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
