package io.mcpbench.core.binding;

import io.mcpbench.core.validation.CompiledSchema;
import io.mcpbench.core.validation.ValidationResult;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Everything a {@code tools/call} needs about its tool, resolved once per catalog snapshot rather
 * than per call: which server serves it, the tool as that server declared it, and its input
 * schema, already compiled.
 */
public record ToolBinding(String qualifiedName, String serverId, McpSchema.Tool tool, CompiledSchema schema) {

    public ToolBinding {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(schema, "schema");
    }

    /** Validates a call's arguments against this tool's input schema. */
    public ValidationResult validate(JsonNode arguments) {
        return schema.validate(arguments);
    }
}
