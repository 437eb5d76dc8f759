package io.mcpbench.compare.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Policy files fuzzing showed could break the one-line error contract, each refused on one line. */
class PolicyLoaderFindingsTest {

    private static PolicyException refuse(String json) {
        return assertThrows(PolicyException.class, () -> PolicyLoader.parse("policy.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keysRegexesAndThresholdsWithLineBreaksStayOnOneLine() {
        assertEquals("policy.json: policy: unknown key \"de\\nfaults\" (expected one of [allowedMissing, allowedRegressions, "
                + "defaults, limits, overrides, profiles, schema])", refuse("{\"de\\nfaults\": {}}").getMessage());
        assertEquals("policy.json: overrides[0].benchmark: bad regex \"(\\r\": Unclosed group at index 2",
                refuse("{\"overrides\": [{\"benchmark\": \"(\\r\"}]}").getMessage());
        assertEquals("policy.json: limits[0]: threshold \"avg<1m\\ns\": unknown unit \"m\\ns\" at position 6",
                refuse("{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"avg<1m\\ns\"}]}").getMessage());
    }

    /** A duplicate key used to keep the last value: {@code "limits":[...],"limits":[]} dropped every limit. */
    @Test
    void duplicateKeysAreRefused() {
        assertEquals("policy.json: not valid JSON: Duplicate Object property \"limits\" (line 1, column 67)",
                refuse("{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"avg<1ms\"}], \"limits\": []}").getMessage());
        assertEquals(true, refuse("{\"defaults\": {\"band\": 0.5, \"band\": 0.01}}").getMessage()
                .startsWith("policy.json: not valid JSON: Duplicate Object property \"band\""));
    }

    /** A gated metric that can match no row used to gate nothing: "Primary" let a 2x regression pass. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Primary             | defaults.gatedMetrics[0]: metric \"Primary\": names are case-sensitive; did you mean \"primary\"?",
        "GC.alloc.rate.norm  | defaults.gatedMetrics[0]: metric \"GC.alloc.rate.norm\": names are case-sensitive; did you mean \"gc.alloc.rate.norm\"?",
        "P0.99               | defaults.gatedMetrics[0]: metric \"P0.99\": names are case-sensitive; did you mean \"p0.99\"?",
        "p99                 | defaults.gatedMetrics[0]: metric \"p99\" is not a percentile as JMH names them (p0.50, p0.99, p0.999, p1.00)",
        "p(99)               | defaults.gatedMetrics[0]: metric \"p(99)\" is not a percentile as JMH names them (p0.50, p0.99, p0.999, p1.00)",
        "·gc.alloc.rate.norm | defaults.gatedMetrics[0]: metric \"·gc.alloc.rate.norm\": write it without the \"·\" prefix (\"gc.alloc.rate.norm\")",
        "'primary '          | defaults.gatedMetrics[0]: metric \"primary \" contains a space or control character",
        "''                  | defaults.gatedMetrics[0]: empty metric name",
    })
    void gatedMetricsThatCouldMatchNothingAreRefused(String name, String expected) {
        assertEquals("policy.json: " + expected, refuse("{\"defaults\": {\"gatedMetrics\": [\"" + name + "\"]}}").getMessage());
    }

    @Test
    void wellFormedMetricNamesAreKept() {
        Policy p = PolicyLoader.parse("policy.json", ("{\"defaults\": {\"gatedMetrics\": [\"primary\", \"gc.alloc.rate.norm\", "
                + "\"p0.999\", \"p1.00\", \"res.heap.growth\", \"bytesRead\"]}}").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("primary", "gc.alloc.rate.norm", "p0.999", "p1.00", "res.heap.growth", "bytesRead"), p.settings().gatedMetrics());
        assertEquals("policy.json: overrides[0].gatedMetrics[1]: metric \"Primary\": names are case-sensitive; did you mean \"primary\"?",
                refuse("{\"overrides\": [{\"benchmark\": \".*\", \"gatedMetrics\": [\"primary\", \"Primary\"]}]}").getMessage());
        assertEquals("policy.json: allowedRegressions[0].metric: metric \"Gc.count\": names are case-sensitive; did you mean \"gc.count\"?",
                refuse("{\"allowedRegressions\": [{\"benchmark\": \".*\", \"metric\": \"Gc.count\", \"reason\": \"r\"}]}").getMessage());
    }

    /** A reason made of invisible characters only (a zero-width space) is no reason. */
    @Test
    void reasonsOfInvisibleCharactersAreRefused() {
        for (String invisible : new String[] {"\\u200b", "\\u200b\\u200d \\ufeff", "\\u3164", "\\u2800", "\\u00a0\\u2060"}) {
            assertEquals("policy.json: allowedMissing[0].reason: must not be empty (or only invisible characters)",
                    refuse("{\"allowedMissing\": [{\"benchmark\": \".*\", \"reason\": \"" + invisible + "\"}]}").getMessage(), invisible);
        }
        assertEquals("\u200bkept", PolicyLoader.parse("policy.json",
                "{\"allowedMissing\": [{\"benchmark\": \".*\", \"reason\": \"\\u200bkept\"}]}".getBytes(StandardCharsets.UTF_8))
                .allowedMissing().get(0).reason());
    }

    /** Fractions are plain decimals: no hexadecimal, no other scripts' digits. */
    @Test
    void fractionsInHexOrOtherDigitsAreRefused() {
        assertEquals("policy.json: defaults.noiseFloor: \"0x1p-4\" is not a number or a percentage",
                refuse("{\"defaults\": {\"noiseFloor\": \"0x1p-4\"}}").getMessage());
        assertEquals("policy.json: defaults.noiseFloor: \"\u0665%\" is not a number or a percentage",
                refuse("{\"defaults\": {\"noiseFloor\": \"\u0665%\"}}").getMessage());
    }
}
