package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mcpbench.core.fuzz.Bounded;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any JSON arguments against any of a set of compiled schemas (generated tools of realistic shape,
 * a few hand-written ones with patterns, unions, nesting and arrays, and recursive and
 * self-referring ones that run into the evaluation limits) give a
 * {@link ValidationResult} within bounded time: never an exception, valid exactly when it lists
 * no errors, its message one line, and the same answer when asked twice.
 *
 * <p>The first input byte picks the schema, the rest is the arguments' JSON. Seeds and past
 * findings are in {@code ArgumentValidationFuzzTestInputs/everyArgumentGetsAResult/}; see
 * {@code comparator/FUZZING.md}.
 */
class ArgumentValidationFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String GENERATED = "generated-tool-schemas.json";
    static final List<CompiledSchema> SCHEMAS = new ArrayList<>();

    static {
        SchemaCompiler compiler = new SchemaCompiler(ValidationLimits.defaults());
        for (Map<String, Object> schema : handWritten()) {
            SCHEMAS.add(compiler.compile(schema));
        }
        for (JsonNode schema : generated()) {
            SCHEMAS.add(compiler.compile(schema));
        }
        for (String schema : referring()) { // after the first 16, so older seeds keep their schema
            SCHEMAS.add(compiler.compile(JSON.readTree(schema)));
        }
    }

    /**
     * Twelve tool schemas of realistic shape, as the workload's catalog generator wrote them (seed
     * 2026, 60 servers, every fifth tool), kept as a file: the core's tests cannot depend on the
     * generator, and a fixed file keeps each seed's first byte pointing at the same schema.
     */
    private static JsonNode generated() {
        try (InputStream in = ArgumentValidationFuzzTest.class.getResourceAsStream(GENERATED)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + GENERATED);
            }
            return JSON.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Schemas whose references make the work depend on the arguments: a recursive tree (16), a
     * loop through an anchor that ends at the depth limit on every call (17), and definitions that
     * evaluate the next one twice per level of nesting, which the step limit ends (18).
     */
    private static List<String> referring() {
        StringBuilder fanOut = new StringBuilder("{\"$ref\":\"#/$defs/d0\",\"$defs\":{");
        for (int i = 0; i < 30; i++) {
            String next = "{\"properties\":{\"a\":{\"$ref\":\"#/$defs/d" + (i + 1) + "\"}}}";
            fanOut.append("\"d").append(i).append("\":{\"allOf\":[").append(next).append(',').append(next).append("]},");
        }
        fanOut.append("\"d30\":{\"type\":\"integer\"}}}");
        return List.of(
                "{\"type\":\"object\",\"required\":[\"value\"],\"properties\":{\"value\":{\"type\":\"integer\"},"
                        + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#\"}}}}",
                "{\"$defs\":{\"a\":{\"$anchor\":\"loop\",\"allOf\":[{\"$ref\":\"#loop\"}]}},\"$ref\":\"#loop\"}",
                fanOut.toString());
    }

    private static List<Map<String, Object>> handWritten() {
        return List.of(
                Map.of("type", "object",
                        "properties", Map.of(
                                "query", Map.of("type", "string", "minLength", 1, "pattern", "^[a-z]+( [a-z]+)*$"),
                                "mode", Map.of("type", "string", "enum", List.of("fast", "full")),
                                "limit", Map.of("type", "integer", "minimum", 1, "maximum", 100)),
                        "required", List.of("query"), "additionalProperties", false),
                Map.of("type", "object",
                        "properties", Map.of(
                                "target", Map.of("anyOf", List.of(Map.of("type", "string", "format", "uri"),
                                        Map.of("type", "object", "properties", Map.of("id", Map.of("type", "integer")),
                                                "required", List.of("id")))),
                                "tags", Map.of("type", "array", "items", Map.of("type", "string", "maxLength", 20),
                                        "maxItems", 5, "uniqueItems", true),
                                "options", Map.of("type", "object", "properties", Map.of(
                                        "depth", Map.of("type", "number", "exclusiveMinimum", 0, "multipleOf", 0.5),
                                        "nested", Map.of("type", "object", "properties", Map.of(
                                                "flag", Map.of("type", "boolean")))))),
                        "required", List.of("target")),
                Map.of("type", "object"));
    }

    @FuzzTest(maxDuration = "2m")
    void everyArgumentGetsAResult(byte[] input) {
        if (input.length == 0) {
            return;
        }
        CompiledSchema schema = SCHEMAS.get((input[0] & 0xff) % SCHEMAS.size());
        JsonNode arguments;
        try {
            arguments = JSON.readTree(Arrays.copyOfRange(input, 1, input.length));
        } catch (JacksonException notJson) {
            return;
        }
        JsonNode args = arguments == null || arguments.isMissingNode() ? null : arguments;
        ValidationResult first = Bounded.call(LIMIT, "validate", () -> schema.validate(args));
        assertNotNull(first, "validate returned null");
        assertEquals(first.isValid(), first.errors().isEmpty(), first.message());
        String message = first.message();
        assertNotNull(message);
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            fail("message spans several lines: " + message.replace("\n", "\\n").replace("\r", "\\r"));
        }
        for (ValidationError e : first.errors()) {
            assertNotNull(e.path());
            assertFalse(e.message() == null || e.message().isBlank(), "error without a message at " + e.path());
        }
        ValidationResult again = Bounded.call(LIMIT, "validate again", () -> schema.validate(args));
        assertEquals(first.message(), again.message(), "the same arguments validated twice");
    }
}
