package io.mcpbench.bench.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * dev.harrel json-schema at its best: one {@link Validator} over Jackson 2 nodes, each tool's
 * schema registered (and so parsed and checked) once under its own URI, arguments parsed into
 * Jackson 2 trees up front. Draft-07 schemas are read as draft-07.
 */
final class HarrelValidator extends ValidatorUnderTest {

    private final Validator validator;
    private final URI[] schemas;
    private final JsonNode[] arguments;

    HarrelValidator(List<ValidationCase> cases) {
        ObjectMapper mapper = new ObjectMapper();
        validator = new ValidatorFactory()
                .withDialect(new Dialects.Draft7Dialect())
                .withJsonNodeFactory(new JacksonNode.Factory(mapper))
                .createValidator();
        Map<McpSchema.Tool, URI> registered = new IdentityHashMap<>();
        schemas = new URI[cases.size()];
        arguments = new JsonNode[cases.size()];
        for (int i = 0; i < schemas.length; i++) {
            ValidationCase c = cases.get(i);
            schemas[i] = registered.computeIfAbsent(c.tool(), t -> {
                JsonNode schema = mapper.valueToTree(t.inputSchema());
                return validator.registerSchema(URI.create("urn:mcpbench:tool:" + registered.size()), schema);
            });
            try {
                arguments[i] = mapper.readTree(c.argumentsJson());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("arguments are not JSON: " + c.argumentsJson(), e);
            }
        }
    }

    @Override
    public Object validate(int index) {
        return validator.validate(schemas[index], arguments[index]);
    }

    @Override
    public boolean accepts(Object result) {
        return ((Validator.Result) result).isValid();
    }
}
