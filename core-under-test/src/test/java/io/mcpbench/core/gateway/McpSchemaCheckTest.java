package io.mcpbench.core.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema check the gateway's tests rely on rejects what the specification rejects. */
class McpSchemaCheckTest {

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void theSchemaIsDraft2020_12() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", McpSchemaCheck.dialect());
    }

    @Test
    void acceptsWellFormedMessages() {
        assertTrue(McpSchemaCheck.errors("JSONRPCErrorResponse",
                json("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}")).isEmpty());
        assertTrue(McpSchemaCheck.errors("CallToolResult",
                json("{\"content\":[{\"type\":\"text\",\"text\":\"hi\"}],\"isError\":false}")).isEmpty());
    }

    @Test
    void rejectsWhatTheSpecificationForbids() {
        assertFalse(McpSchemaCheck.errors("JSONRPCErrorResponse",
                json("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}")).isEmpty());
        assertFalse(McpSchemaCheck.errors("JSONRPCResultResponse", json("{\"jsonrpc\":\"2.0\",\"result\":{}}")).isEmpty());
        assertFalse(McpSchemaCheck.errors("CallToolResult", json("{\"isError\":true}")).isEmpty());
        assertFalse(McpSchemaCheck.errors("CallToolResult",
                json("{\"content\":[{\"type\":\"text\"}]}")).isEmpty());
        assertFalse(McpSchemaCheck.errors("ListToolsResult",
                json("{\"tools\":[{\"name\":\"x\",\"inputSchema\":{\"type\":\"array\"}}]}")).isEmpty());
    }
}
