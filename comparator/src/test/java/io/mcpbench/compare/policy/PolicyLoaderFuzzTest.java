package io.mcpbench.compare.policy;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mcpbench.compare.fuzz.Bounded;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any bytes either load as a {@link Policy} or are refused with a one-line
 * {@link PolicyException} naming the file; nothing else escapes and nothing hangs (a policy holds
 * regexes, which a hostile file could make slow to compile). A policy that loads is valid against
 * the published schema.
 *
 * <p>Seeds and past findings are in {@code PolicyLoaderFuzzTestInputs/loadsOrRefusesInOneLine/};
 * see {@code comparator/FUZZING.md}.
 */
class PolicyLoaderFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @FuzzTest(maxDuration = "2m")
    void loadsOrRefusesInOneLine(byte[] input) {
        Policy p = Bounded.call(LIMIT, "parse", () -> {
            try {
                return PolicyLoader.parse("policy.json", input);
            } catch (PolicyException e) {
                Bounded.assertOneLine(e.getMessage(), "PolicyException");
                if (!e.getMessage().startsWith("policy.json: ")) fail("message does not name the file: " + e.getMessage());
                return null;
            }
        });
        if (p != null) {
            assertNotNull(p.settings().forBenchmark("io.mcpbench.bench.discovery.ToolSearchBenchmark.bm25"));
            SchemaAssert.valid(DocumentSchema.POLICY, JSON.readTree(input));
        }
    }
}
