package io.mcpbench.compare.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Policy files fuzzing showed could break the one-line error contract, each refused on one line. */
class PolicyLoaderFindingsTest {

    private static PolicyException refuse(String json) {
        return assertThrows(PolicyException.class, () -> PolicyLoader.parse("policy.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keysRegexesAndThresholdsWithLineBreaksStayOnOneLine() {
        assertEquals("policy.json: policy: unknown key \"de\\nfaults\" (expected one of [allowedMissing, allowedRegressions, "
                + "defaults, limits, overrides, profiles])", refuse("{\"de\\nfaults\": {}}").getMessage());
        assertEquals("policy.json: overrides[0].benchmark: bad regex \"(\\r\": Unclosed group at index 2",
                refuse("{\"overrides\": [{\"benchmark\": \"(\\r\"}]}").getMessage());
        assertEquals("policy.json: limits[0]: threshold \"avg<1m\\ns\": unknown unit \"m\\ns\" at position 6",
                refuse("{\"limits\": [{\"benchmark\": \".*\", \"threshold\": \"avg<1m\\ns\"}]}").getMessage());
    }
}
