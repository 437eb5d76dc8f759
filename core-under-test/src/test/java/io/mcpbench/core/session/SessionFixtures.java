package io.mcpbench.core.session;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/** A small catalog of two servers whose schemas have a required string, an enum and a bounded number. */
final class SessionFixtures {

    private SessionFixtures() {
    }

    static CatalogSnapshot catalog() {
        return CatalogSnapshot.of(Map.of(
                "github", List.of(tool("search_issues"), tool("create_issue")),
                "weather", List.of(tool("forecast"))));
    }

    static McpSchema.Tool tool(String name) {
        Map<String, Object> schema = Map.of(
                "type", "object",
                "properties", Map.of(
                        "query", Map.of("type", "string", "minLength", 1),
                        "mode", Map.of("type", "string", "enum", List.of("fast", "full")),
                        "limit", Map.of("type", "integer", "minimum", 1, "maximum", 100)),
                "required", List.of("query"));
        return McpSchema.Tool.builder(name, schema).description("Does " + name.replace('_', ' ')).build();
    }
}
