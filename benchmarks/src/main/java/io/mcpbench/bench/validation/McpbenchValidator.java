package io.mcpbench.bench.validation;

import io.mcpbench.core.validation.CompiledSchema;
import io.mcpbench.core.validation.SchemaCompiler;
import io.mcpbench.core.validation.ValidationLimits;
import io.mcpbench.core.validation.ValidationResult;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ours: each tool's schema compiled once; a call validates the tree its request was parsed into. */
final class McpbenchValidator extends ValidatorUnderTest {

    private final CompiledSchema[] schemas;
    private final JsonNode[] arguments;

    McpbenchValidator(List<ValidationCase> cases) {
        SchemaCompiler compiler = new SchemaCompiler(ValidationLimits.defaults());
        Map<McpSchema.Tool, CompiledSchema> compiled = new IdentityHashMap<>();
        schemas = new CompiledSchema[cases.size()];
        arguments = new JsonNode[cases.size()];
        for (int i = 0; i < schemas.length; i++) {
            ValidationCase c = cases.get(i);
            schemas[i] = compiled.computeIfAbsent(c.tool(), t -> compiler.compile(t.inputSchema()));
            arguments[i] = JsonMapper.shared().readTree(c.argumentsJson());
        }
    }

    @Override
    public Object validate(int index) {
        return schemas[index].validate(arguments[index]);
    }

    @Override
    public boolean accepts(Object result) {
        return ((ValidationResult) result).isValid();
    }
}
