package io.mcpbench.workload.arguments;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reading a tool schema held as the nested maps and lists {@link McpSchema.Tool} carries. */
final class SchemaMaps {

    private SchemaMaps() {
    }

    /** The tool's {@code inputSchema}; refuses a tool without one, or with one that is not of type object. */
    static Map<String, Object> schemaOf(McpSchema.Tool tool) {
        Objects.requireNonNull(tool, "tool");
        Map<String, Object> schema = tool.inputSchema();
        if (schema == null) {
            throw new IllegalArgumentException("tool '" + tool.name() + "' has no inputSchema");
        }
        Object type = schema.get("type");
        if (type != null && !"object".equals(type)) {
            throw new IllegalArgumentException("tool '" + tool.name() + "' inputSchema must be of type object, not "
                    + type);
        }
        return schema;
    }

    static Map<String, Object> properties(Map<String, Object> schema) {
        return map(schema.get("properties"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    static int intOf(Map<String, Object> s, String key, int fallback) {
        return s.get(key) instanceof Number n ? n.intValue() : fallback;
    }
}
