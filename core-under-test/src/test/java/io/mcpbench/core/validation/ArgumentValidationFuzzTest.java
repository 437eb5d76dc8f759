package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mcpbench.core.fuzz.FuzzAssertions;
import io.mcpbench.core.fuzz.PatternStrings;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

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
 *
 * <p>Raw JSON bytes almost never spell the long strings that break a pattern matcher, so a second
 * target spells them from a few bytes ({@link PatternStrings}) and holds each answer to one worked
 * out by hand; it validates on a thread with the default stack, as a gateway's workers have.
 */
class ArgumentValidationFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String GENERATED = "generated-tool-schemas.json";
    static final List<CompiledSchema> SCHEMAS = new ArrayList<>();

    /** The longest string whose arguments {"s": ...} stay within the default maxArgumentSize. */
    private static final int LONGEST = (int) ValidationLimits.defaults().maxArgumentSize() - 3;
    /**
     * Per pattern of {@link PatternStrings#PATTERNS}: with the fast path, then the library alone;
     * without a time limit, so each answer depends on the input alone.
     */
    private static final List<CompiledSchema[]> PATTERN_SCHEMAS = new ArrayList<>();

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
        for (PatternStrings.Pattern pattern : PatternStrings.PATTERNS) {
            PATTERN_SCHEMAS.add(new CompiledSchema[] {
                BudgetedRegexFactoryTest.stringSchema(pattern.regex(), true, BudgetedRegexFactoryTest.UNHURRIED),
                BudgetedRegexFactoryTest.stringSchema(pattern.regex(), false, BudgetedRegexFactoryTest.UNHURRIED)});
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
        ValidationResult first = FuzzAssertions.callWithin(LIMIT, "validate", () -> schema.validate(args));
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
        ValidationResult again = FuzzAssertions.callWithin(LIMIT, "validate again", () -> schema.validate(args));
        assertEquals(first.message(), again.message(), "the same arguments validated twice");
    }

    /**
     * A long string against a pattern gets the true answer (the hand-written one) within bounded
     * time on a default stack: valid exactly when the pattern matches, else invalid saying the
     * pattern does not match. Only a pattern the linear matcher cannot take may instead be refused
     * for a limit, and then with a message saying so. Byte 0 also picks the fast path (its quotient
     * by the number of patterns even) or the library alone (odd).
     */
    @FuzzTest(maxDuration = "2m")
    void longStringsGetTheirTrueAnswer(byte[] input) {
        PatternStrings.Case c = PatternStrings.decode(input, LONGEST);
        boolean fastPath = input.length == 0 || (input[0] & 0xff) / PatternStrings.PATTERNS.size() % 2 == 0;
        CompiledSchema schema = PATTERN_SCHEMAS.get(c.index())[fastPath ? 0 : 1];
        JsonNode args = JsonNodeFactory.instance.objectNode().put("s", c.value());
        String what = c.pattern().regex() + " on " + c.value().length() + " characters (" + preview(c.value()) + ")";
        ValidationResult result = FuzzAssertions.callWithin(LIMIT, "validate " + what, () -> schema.validate(args));
        FuzzAssertions.assertOneLine(result.message(), what);
        boolean expected = c.expected();
        if (result.isValid()) {
            assertTrue(expected, "valid, but the pattern does not match: " + what);
        } else if (result.message().startsWith("/s: does not match the regex pattern")) {
            assertFalse(expected, "the pattern matches, but: " + result.message() + ": " + what);
        } else {
            assertNull(LinearTranslation.of(BudgetedRegexFactory.jdkForm(c.pattern().regex())).pattern(), "a linear pattern was refused: " + result.message()
                    + ": " + what);
            assertTrue(result.message().contains("needs a deeper stack") || result.message().contains("(maxPattern"),
                    result.message());
        }
    }

    /**
     * The target above on 300 inputs from a fixed seed, strings up to about 260,000 characters: the
     * regression test for long strings, which the JDK matcher alone overflowed on from about a
     * thousand characters (the seed files add the exact cases and ones at the size limit).
     */
    @Test
    void longStringsGetTheirTrueAnswerOnSeededInputs() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 300; i++) {
            byte[] input = new byte[3 + random.nextInt(6)];
            random.nextBytes(input);
            input[2] = (byte) random.nextInt(11); // lengths up to 256 << 10
            longStringsGetTheirTrueAnswer(input);
        }
    }

    private static String preview(String value) {
        String head = value.length() <= 40 ? value : value.substring(0, 40) + "...";
        return head.replace("\n", "\\n").replace("\t", "\\t");
    }
}
