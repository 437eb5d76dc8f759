package io.mcpbench.core.validation;

import static io.mcpbench.core.validation.SchemaCompilerTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AnnotationStripperTest {

    @Test
    void dropsAnnotationsFromEverySchemaPosition() {
        JsonNode schema = json("""
                {"title":"t","description":"d","type":"object",
                 "properties":{"a":{"type":"string","description":"x","default":"v","examples":["e"]}},
                 "$defs":{"n":{"$comment":"c","type":"integer","deprecated":true}},
                 "anyOf":[{"title":"one","minProperties":1},{"required":["a"]}],
                 "items":{"description":"i"},
                 "not":{"description":"n","const":1}}""");
        JsonNode stripped = AnnotationStripper.strip(schema);
        assertEquals(json("""
                {"type":"object",
                 "properties":{"a":{"type":"string"}},
                 "$defs":{"n":{"type":"integer"}},
                 "anyOf":[{"minProperties":1},{"required":["a"]}],
                 "items":{},
                 "not":{"const":1}}"""), stripped);
        assertTrue(schema.get("properties").get("a").has("description"), "input must not change");
    }

    @Test
    void leavesPropertyNamesValuesAndUnknownKeywordsAlone() {
        JsonNode schema = json("""
                {"properties":{"description":{"type":"string"},"title":{"enum":[{"description":"kept"}]}},
                 "required":["description","title"],
                 "const":{"title":"kept"},
                 "x-extra":{"description":"kept"}}""");
        assertSame(schema, AnnotationStripper.strip(schema));
        CompiledSchema compiled = new SchemaCompiler(ValidationLimits.defaults()).compile(json("""
                {"properties":{"description":{"type":"string"},"title":{"enum":[{"description":"kept"}]}},
                 "required":["description","title"]}"""));
        assertTrue(compiled.validate(json("{\"description\":\"s\",\"title\":{\"description\":\"kept\"}}")).isValid());
        assertFalse(compiled.validate(json("{\"description\":\"s\",\"title\":{\"description\":\"gone\"}}")).isValid());
        assertFalse(compiled.validate(json("{\"title\":{\"description\":\"kept\"}}")).isValid());
    }

    @Test
    void sharesUntouchedBranches() {
        JsonNode schema = json("{\"description\":\"d\",\"properties\":{\"a\":{\"type\":\"string\"}}}");
        JsonNode stripped = AnnotationStripper.strip(schema);
        assertFalse(stripped.has("description"));
        assertSame(schema.get("properties"), stripped.get("properties"));
        JsonNode bool = json("true");
        assertSame(bool, AnnotationStripper.strip(bool));
    }
}
