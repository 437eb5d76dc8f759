package io.mcpbench.core.catalog;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Objects;

/**
 * One tool of one server as the gateway exposes it: the server's own {@link McpSchema.Tool}
 * plus the qualified name clients call it by.
 */
public record CatalogEntry(String serverId, McpSchema.Tool tool, String qualifiedName) {

    public CatalogEntry {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        QualifiedName.requireServerId(serverId);
    }

    /** An entry whose qualified name is {@code serverId__tool.name()}. */
    public static CatalogEntry of(String serverId, McpSchema.Tool tool) {
        return new CatalogEntry(serverId, tool, QualifiedName.of(serverId, tool.name()));
    }

    /** The tool's name on its own server. */
    public String toolName() {
        return tool.name();
    }
}
