package io.mcpbench.bench.validation;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Objects;

/**
 * One {@code tools/call} to validate: the tool, the arguments as the JSON text a client sent, and
 * whether the generator made them valid. Each validator under test parses the text into its own
 * input form (a Jackson 3 tree, a map, a Jackson 2 tree) before measuring starts.
 */
public record ValidationCase(McpSchema.Tool tool, String argumentsJson, boolean valid) {

    public ValidationCase {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(argumentsJson, "argumentsJson");
    }
}
