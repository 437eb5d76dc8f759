package io.mcpbench.bench.validation;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A naive gateway on networknt json-schema-validator: one long-lived registry (2020-12 by
 * default, draft-07 when a schema says so), but every call compiles the tool's schema afresh from
 * its already-parsed tree before validating the arguments' tree.
 */
final class NetworkntPerCallValidator extends ValidatorUnderTest {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final JsonNode[] schemas;
    private final JsonNode[] arguments;

    NetworkntPerCallValidator(List<ValidationCase> cases) {
        JsonMapper json = JsonMapper.shared();
        schemas = new JsonNode[cases.size()];
        arguments = new JsonNode[cases.size()];
        for (int i = 0; i < schemas.length; i++) {
            ValidationCase c = cases.get(i);
            schemas[i] = json.valueToTree(c.tool().inputSchema());
            arguments[i] = json.readTree(c.argumentsJson());
        }
    }

    @Override
    public Object validate(int index) {
        return registry.getSchema(schemas[index]).validate(arguments[index]);
    }

    @Override
    public boolean accepts(Object result) {
        return ((List<?>) result).isEmpty();
    }
}
