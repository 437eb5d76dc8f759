package io.mcpbench.stress.catalog;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/** Small fixed tool lists for the catalog tests, built once and shared (tools are immutable). */
final class Tools {

    private static final Map<String, Object> OBJECT_SCHEMA = Map.of("type", "object");

    static final List<McpSchema.Tool> OLD_FILES = List.of(tool("read"), tool("write"));
    static final List<McpSchema.Tool> NEW_FILES = List.of(tool("read_v2"), tool("write_v2"), tool("stat_v2"));
    static final List<McpSchema.Tool> GIT = List.of(tool("log"));
    static final List<McpSchema.Tool> SEARCH = List.of(tool("query"), tool("suggest"));

    private Tools() {
    }

    private static McpSchema.Tool tool(String name) {
        return McpSchema.Tool.builder(name, OBJECT_SCHEMA).description("does " + name).build();
    }
}
