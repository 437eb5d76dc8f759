package io.mcpbench.core.validation;

import static io.mcpbench.core.validation.SchemaCompilerTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Schemas whose references would break an evaluation limit on every call are refused when they
 * are compiled, with a reason naming the loop or the limit; recursion that steps into the
 * arguments, and chains and fan-outs within the limits, still compile and validate correctly.
 * Every compile runs under a generous timeout that only guards against a hang.
 */
class RefGuardTest {

    static final String DRAFT_7 = "\"$schema\":\"http://json-schema.org/draft-07/schema#\",";
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private final SchemaCompiler compiler = new SchemaCompiler(ValidationLimits.defaults());

    /** {@code links} definitions each referring to the next, the last a string; the root refers to the first. */
    static String chain(int links, String defs, String prefix) {
        StringBuilder s = new StringBuilder("{" + prefix + "\"$ref\":\"#/" + defs + "/d0\",\"" + defs + "\":{");
        for (int i = 0; i < links; i++) {
            s.append("\"d").append(i).append("\":{\"$ref\":\"#/").append(defs).append("/d").append(i + 1).append("\"},");
        }
        return s.append("\"d").append(links).append("\":{\"type\":\"string\"}}}").toString();
    }

    /** {@code levels} definitions each referring to the next twice through allOf: 2^levels evaluations. */
    static String fanOut(int levels) {
        StringBuilder s = new StringBuilder("{\"$ref\":\"#/$defs/d0\",\"$defs\":{");
        for (int i = 0; i < levels; i++) {
            String next = "{\"$ref\":\"#/$defs/d" + (i + 1) + "\"}";
            s.append("\"d").append(i).append("\":{\"allOf\":[").append(next).append(',').append(next).append("]},");
        }
        return s.append("\"d").append(levels).append("\":{\"type\":\"string\"}}}").toString();
    }

    @Test
    void aCycleBetweenDefinitionsIsRefusedNamingTheLoop() {
        String message = refusal("{\"$defs\":{\"a\":{\"$ref\":\"#/$defs/b\"},\"b\":{\"$ref\":\"#/$defs/a\"}},\"$ref\":\"#/$defs/a\"}");
        assertTrue(message.contains("(#/$defs/a -> #/$defs/b -> #/$defs/a)"), message);
        assertTrue(message.contains("maxEvaluationDepth"), message);
    }

    @Test
    void aSelfReferenceWithoutAKeywordThatStepsIntoTheArgumentsIsRefused() {
        assertTrue(refusal("{\"$ref\":\"#\"}").contains("(# -> #)"));
        String throughAnyOf = refusal("{\"anyOf\":[{\"type\":\"string\"},{\"$ref\":\"#\"}]}");
        assertTrue(throughAnyOf.contains("(# -> anyOf/1 -> #)"), throughAnyOf);
        String belowAProperty = refusal("{\"properties\":{\"x\":{\"$ref\":\"#/$defs/a\"}},"
                + "\"$defs\":{\"a\":{\"not\":{\"$ref\":\"#/$defs/a\"}}}}");
        assertTrue(belowAProperty.contains("(#/$defs/a -> not -> #/$defs/a)"), belowAProperty);
    }

    @Test
    void aRecursiveTreeThroughPropertiesStillValidates() {
        CompiledSchema tree = compile("{\"type\":\"object\",\"required\":[\"value\"],\"properties\":{"
                + "\"value\":{\"type\":\"integer\"},"
                + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#\"}}}}");
        assertSame(ValidationResult.valid(), tree.validate(json(
                "{\"value\":1,\"children\":[{\"value\":2,\"children\":[{\"value\":3}]},{\"value\":4}]}")));
        ValidationResult bad = tree.validate(json("{\"value\":1,\"children\":[{\"value\":2,\"children\":[{\"value\":\"3\"}]}]}"));
        assertFalse(bad.isValid());
        assertEquals("/children/0/children/0/value", bad.errors().get(0).path());

        CompiledSchema list = compile("{\"$defs\":{\"node\":{\"type\":\"object\",\"properties\":{"
                + "\"next\":{\"$ref\":\"#/$defs/node\"}},\"additionalProperties\":false}},\"$ref\":\"#/$defs/node\"}");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            deep.append("{\"next\":");
        }
        deep.append("{}").append("}".repeat(40));
        assertTrue(list.validate(json(deep.toString())).isValid());
        assertFalse(list.validate(json(deep.toString().replace("{}", "{\"other\":1}"))).isValid());
    }

    @Test
    void aThousandLinkChainIsRefusedAtTheDepthLimit() {
        for (String schema : new String[] {chain(1_000, "$defs", ""), chain(1_000, "definitions", DRAFT_7)}) {
            String message = refusal(schema);
            assertTrue(message.contains("deeper than the limit of 256 (maxEvaluationDepth)"), message);
        }
    }

    @Test
    void aChainWithinTheDepthLimitValidates() {
        for (String text : new String[] {chain(200, "$defs", ""), chain(200, "definitions", DRAFT_7)}) {
            CompiledSchema schema = compile(text);
            assertTrue(schema.validate(json("\"x\"")).isValid());
            assertFalse(schema.validate(json("1")).isValid());
        }
    }

    @Test
    void exponentialFanOutIsRefusedAtTheStepLimit() {
        String message = refusal(fanOut(40));
        assertTrue(message.contains("more than the limit of 1000000 subschemas for one value (maxEvaluationSteps)"), message);
    }

    @Test
    void aFanOutWithinTheStepLimitValidates() {
        CompiledSchema schema = compile(fanOut(10));
        assertTrue(schema.validate(json("\"x\"")).isValid());
        assertFalse(schema.validate(json("1")).isValid());
    }

    @Test
    void theStaticLimitsFollowTheConfiguredEvaluationLimits() {
        SchemaCompiler strict = new SchemaCompiler(ValidationLimits.defaults().withEvaluation(16, 100));
        strict.compile(json(chain(14, "$defs", "")));
        String deep = assertThrows(SchemaRejectedException.class, () -> strict.compile(json(chain(15, "$defs", "")))).getMessage();
        assertTrue(deep.contains("limit of 16 (maxEvaluationDepth)"), deep);
        strict.compile(json(fanOut(4))); // 62 subschemas: the root, 2 x 2 x 2 x 2 ... in allOf items and refs
        String wide = assertThrows(SchemaRejectedException.class, () -> strict.compile(json(fanOut(5)))).getMessage();
        assertTrue(wide.contains("limit of 100 subschemas"), wide);
    }

    @Test
    void draft7IgnoresKeywordsBesideRefSoTheyCannotLoop() {
        String body = "\"$ref\":\"#/definitions/s\",\"definitions\":{\"s\":{\"type\":\"string\"}},\"allOf\":[{\"$ref\":\"#\"}]}";
        CompiledSchema draft7 = compile("{" + DRAFT_7 + body);
        assertTrue(draft7.validate(json("\"x\"")).isValid());
        assertTrue(refusal("{" + body).contains("$ref loop"));
    }

    @Test
    void sharedDefinitionsAreNotALoop() {
        CompiledSchema schema = compile("{\"$defs\":{\"id\":{\"type\":\"string\",\"minLength\":1},"
                + "\"ref\":{\"allOf\":[{\"$ref\":\"#/$defs/id\"},{\"$ref\":\"#/$defs/id\"}]}},"
                + "\"properties\":{\"a\":{\"$ref\":\"#/$defs/ref\"},\"b\":{\"anyOf\":[{\"$ref\":\"#/$defs/ref\"},{\"type\":\"null\"}]}}}");
        assertTrue(schema.validate(json("{\"a\":\"x\",\"b\":null}")).isValid());
        assertEquals("/a", schema.validate(json("{\"a\":\"\"}")).errors().get(0).path());
    }

    @Test
    void escapedPointersAreFollowed() {
        String message = refusal("{\"$defs\":{\"a/b\":{\"$ref\":\"#/$defs/c%25d\"},\"c%d\":{\"$ref\":\"#/$defs/a~1b\"}},"
                + "\"$ref\":\"#/$defs/a~1b\"}");
        assertTrue(message.contains("$ref loop"), message);
        assertEquals("a/b", RefGuard.percentDecoded("a/b"));
        assertEquals("c%d é", RefGuard.percentDecoded("c%25d%20%C3%A9"));
        assertNull(RefGuard.percentDecoded("bad%2"));
        assertNull(RefGuard.percentDecoded("bad%zz"));
        assertNull(RefGuard.percentDecoded("bad%C3"));
        assertEquals("\uD83D\uDE00/x", RefGuard.percentDecoded("\uD83D\uDE00%2Fx"));
    }

    @Test
    void aChainTooLongForTheThreadsStackIsRefusedNotAnError() throws InterruptedException {
        SchemaCompiler unbounded = new SchemaCompiler(ValidationLimits.defaults().withEvaluation(10_000_000, Long.MAX_VALUE));
        JsonNode document = json(chain(5_000, "$defs", ""));
        Object outcome = OnThread.withSmallStack(() -> unbounded.compile(document));
        assertTrue(outcome instanceof SchemaRejectedException, String.valueOf(outcome));
        assertTrue(((SchemaRejectedException) outcome).getMessage().contains("self-referential"));
    }

    private CompiledSchema compile(String schema) {
        JsonNode document = json(schema);
        return assertTimeoutPreemptively(HANG_GUARD, () -> compiler.compile(document));
    }

    private String refusal(String schema) {
        JsonNode document = json(schema);
        SchemaRejectedException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(SchemaRejectedException.class, () -> compiler.compile(document)));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }
}
