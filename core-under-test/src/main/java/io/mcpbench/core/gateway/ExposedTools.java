package io.mcpbench.core.gateway;

import io.mcpbench.core.catalog.CatalogEntry;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * How a gateway shows a server's tool to its clients: the server's own definition, renamed to the
 * qualified name, so tools of different servers never collide and a call names its server.
 */
public final class ExposedTools {

    private ExposedTools() {
    }

    /** The entry's tool under its qualified name, every other field as the server declared it. */
    public static McpSchema.Tool exposed(CatalogEntry entry) {
        McpSchema.Tool t = entry.tool();
        return new McpSchema.Tool(entry.qualifiedName(), t.title(), t.description(), t.inputSchema(),
                t.outputSchema(), t.annotations(), t.meta(), t.icons());
    }
}
