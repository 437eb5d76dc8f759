package io.mcpbench.core.discovery;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders for tools and input schemas used across the discovery tests. */
final class TestTools {

    private TestTools() {
    }

    static McpSchema.Tool tool(String name, String title, String description) {
        return tool(name, title, description, objectSchema());
    }

    static McpSchema.Tool tool(String name, String title, String description, Map<String, Object> inputSchema) {
        return new McpSchema.Tool(name, title, description, inputSchema, null, null, null);
    }

    /** An object schema; arguments alternate property name and property schema. */
    static Map<String, Object> objectSchema(Object... nameThenSchema) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            properties.put((String) nameThenSchema[i], nameThenSchema[i + 1]);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        return schema;
    }

    static Map<String, Object> string(String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("description", description);
        return schema;
    }

    /** A config where only the given fields count, each with weight 1. */
    static ToolDiscoveryConfig onlyFields(SearchField... fields) {
        ToolDiscoveryConfig config = ToolDiscoveryConfig.defaults();
        for (SearchField f : SearchField.values()) {
            config = config.withFieldWeight(f, 1.0);
        }
        outer:
        for (SearchField f : SearchField.values()) {
            for (SearchField keep : fields) {
                if (keep == f) {
                    continue outer;
                }
            }
            config = config.withFieldWeight(f, 0.0);
        }
        return config;
    }
}
