package io.mcpbench.compare.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DocumentSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String problem(DocumentSchema kind, String json) {
        return kind.problem(JSON.readTree(json));
    }

    @Test
    void theTagTheIdAndTheFileNameNameOneVersion() {
        assertEquals("mcpbench-comparison/2", DocumentSchema.COMPARISON.tag());
        assertEquals("https://mcpbench.io/schema/comparison-2.json", DocumentSchema.COMPARISON.id());
        assertEquals("/io/mcpbench/compare/schema/history-run-1.json", DocumentSchema.HISTORY_RUN.resource());
        assertEquals("{\"schema\":\"mcpbench-policy/1\"}", DocumentSchema.POLICY.stamp(JSON.createObjectNode()).toString());
    }

    @Test
    void aReaderTakesItsOwnVersionAndTheUnversionedFirstOne() {
        assertNull(problem(DocumentSchema.FINGERPRINT, "{\"schema\": \"mcpbench-fingerprint/1\", \"gc\": \"G1\"}"));
        assertNull(problem(DocumentSchema.FINGERPRINT, "{\"gc\": \"G1\"}"), "written before the key existed");
        assertNull(problem(DocumentSchema.POLICY, "[]"), "not an object: the reader's own check says so");
    }

    @Test
    void anyOtherVersionIsRefusedOnOneLine() {
        assertEquals("\"schema\" is \"mcpbench-fingerprint/2\", not a format this comparator reads (it reads "
                + "\"mcpbench-fingerprint/1\"; another version of the comparator wrote it)",
                problem(DocumentSchema.FINGERPRINT, "{\"schema\": \"mcpbench-fingerprint/2\"}"));
        assertEquals("\"schema\" is \"mcpbench-comparison/2\", not a format this comparator reads (it reads "
                + "\"mcpbench-policy/1\")", problem(DocumentSchema.POLICY, "{\"schema\": \"mcpbench-comparison/2\"}"),
                "another document");
        assertEquals("\"schema\" is \"a\\nb\", not a format this comparator reads (it reads \"mcpbench-policy/1\")",
                problem(DocumentSchema.POLICY, "{\"schema\": \"a\\nb\"}"));
        assertEquals("\"schema\" is 1, not a format this comparator reads (it reads \"mcpbench-policy/1\")",
                problem(DocumentSchema.POLICY, "{\"schema\": 1}"));
        assertEquals("no \"schema\" (expected \"mcpbench-comparison/2\")", problem(DocumentSchema.COMPARISON, "{}"),
                "only a first version may lack the key");
    }
}
