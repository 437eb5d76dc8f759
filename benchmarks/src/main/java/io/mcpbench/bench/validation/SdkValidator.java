package io.mcpbench.bench.validation;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.util.ToolInputValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The MCP SDK server's {@code tools/call} input check, called as {@code McpAsyncServer} calls it:
 * {@code ToolInputValidator.validate(tool, request.arguments(), true, validator)} with the
 * validator the server builder takes by default ({@code McpJsonDefaults.getSchemaValidator()},
 * the Jackson 3 {@code DefaultJsonSchemaValidator} with its own schema cache, warmed in setup).
 * Arguments are the map {@code CallToolRequest.arguments()} holds, parsed by the SDK's mapper.
 * A {@code null} result means valid; otherwise it is the error {@code CallToolResult}.
 */
final class SdkValidator extends ValidatorUnderTest {

    private static final TypeRef<Map<String, Object>> MAP = new TypeRef<>() {
    };

    private final JsonSchemaValidator validator = McpJsonDefaults.getSchemaValidator();
    private final McpSchema.Tool[] tools;
    private final Map<String, Object>[] arguments;

    @SuppressWarnings("unchecked")
    SdkValidator(List<ValidationCase> cases) {
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        tools = new McpSchema.Tool[cases.size()];
        arguments = new Map[cases.size()];
        for (int i = 0; i < tools.length; i++) {
            ValidationCase c = cases.get(i);
            tools[i] = c.tool();
            try {
                arguments[i] = mapper.readValue(c.argumentsJson(), MAP);
            } catch (IOException e) {
                throw new UncheckedIOException("arguments are not JSON: " + c.argumentsJson(), e);
            }
            validate(i); // fills the validator's schema cache, as the first call of each tool does
        }
    }

    @Override
    public Object validate(int index) {
        return ToolInputValidator.validate(tools[index], arguments[index], true, validator);
    }

    @Override
    public boolean accepts(Object result) {
        return result == null;
    }
}
