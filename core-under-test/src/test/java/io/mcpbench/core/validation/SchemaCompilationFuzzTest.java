package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mcpbench.core.fuzz.FuzzAssertions;
import java.time.Duration;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any JSON document given as a tool's {@code inputSchema} either compiles or is refused with a
 * one-line {@link SchemaRejectedException}, within bounded time and never with another exception
 * (a {@code StackOverflowError} from a reference loop included); a schema that compiles gives a
 * {@link ValidationResult} with a one-line message for each of a few fixed arguments, again
 * within bounded time. Seeds are the hostile shapes the limits exist for: {@code $ref} loops,
 * long chains and exponential fan-out, huge enums, catastrophic patterns, deep nesting; they
 * are in {@code SchemaCompilationFuzzTestInputs/everySchemaCompilesOrIsRefused/}.
 *
 * <p>Compiling the schema's own {@code pattern}s is the point here (their matches run on a step
 * budget), so Jazzer's regex-injection sanitizer is off for this module
 * ({@code src/test/resources/junit-platform.properties}).
 */
class SchemaCompilationFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final SchemaCompiler COMPILER = new SchemaCompiler(ValidationLimits.defaults());
    private static final List<JsonNode> ARGUMENTS = List.of(
            JSON.readTree("{}"),
            JSON.readTree("\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\""),
            JSON.readTree("1"),
            JSON.readTree("[1,\"a\",{},null,true]"),
            JSON.readTree("{\"a\":{\"a\":{\"a\":1}},\"value\":1,\"children\":[{\"value\":2,\"children\":[]}]}"));

    @FuzzTest(maxDuration = "2m")
    void everySchemaCompilesOrIsRefused(byte[] input) {
        JsonNode document;
        try {
            document = JSON.readTree(input);
        } catch (JacksonException notJson) {
            return;
        }
        if (document == null || document.isMissingNode()) {
            return;
        }
        CompiledSchema schema = FuzzAssertions.callWithin(LIMIT, "compile", () -> {
            try {
                return COMPILER.compile(document);
            } catch (SchemaRejectedException refused) {
                FuzzAssertions.assertOneLine(refused.getMessage(), "refusal");
                return null;
            }
        });
        if (schema == null) {
            return;
        }
        for (JsonNode arguments : ARGUMENTS) {
            ValidationResult result = FuzzAssertions.callWithin(LIMIT, "validate", () -> schema.validate(arguments));
            assertNotNull(result, "validate returned null");
            assertEquals(result.isValid(), result.errors().isEmpty(), result.message());
            FuzzAssertions.assertOneLine(result.message(), "result");
        }
    }
}
