package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Arguments fuzzing found to break the one-line message contract, each reported on one line. */
class ArgumentValidationFindingsTest {

    @Test
    void propertyNamesWithLineBreaksAreEscapedInTheMessage() {
        CompiledSchema schema = new SchemaCompiler(ValidationLimits.defaults()).compile(Map.of("type", "object",
                "properties", Map.of("query", Map.of("type", "string")), "required", List.of("query"),
                "additionalProperties", false));
        ValidationResult r = schema.validate(JsonMapper.shared().readTree("{\"qe\\ry\":1,\"query\":\"x\\n\"}"));
        assertFalse(r.isValid());
        assertTrue(r.message().indexOf('\r') < 0 && r.message().indexOf('\n') < 0, r.message());
        assertTrue(r.message().contains("qe\\ry"), r.message());
    }
}
