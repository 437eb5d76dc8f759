package io.mcpbench.core.validation;

import static io.mcpbench.core.validation.SchemaCompilerTest.CREATE_ISSUE;
import static io.mcpbench.core.validation.SchemaCompilerTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class CompiledSchemaTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final SchemaCompiler compiler = new SchemaCompiler(ValidationLimits.defaults());
    private final CompiledSchema anything = compiler.compile(json("{}"));
    private final CompiledSchema createIssue = compiler.compile(json(CREATE_ISSUE));

    @Test
    void tenThousandLevelsOfNestingGiveACleanInvalidResult() {
        ObjectNode objects = NODES.objectNode();
        ObjectNode at = objects;
        ArrayNode arrays = NODES.arrayNode();
        ArrayNode arrayAt = arrays;
        for (int i = 0; i < 10_000; i++) {
            at = at.putObject("a");
            arrayAt = arrayAt.addArray();
        }
        for (JsonNode deep : List.of(objects, arrays)) {
            ValidationResult result = anything.validate(deep);
            assertFalse(result.isValid());
            assertTrue(result.message().contains("maxArgumentDepth"), result.message());
        }
    }

    @Test
    void depthLimitIsExact() {
        CompiledSchema schema = new SchemaCompiler(new ValidationLimits(64, 20_000, 3, 1 << 20, 1_000)).compile(json("{}"));
        assertTrue(schema.validate(json("{\"a\":{\"b\":[1]}}")).isValid());
        assertFalse(schema.validate(json("{\"a\":{\"b\":[[1]]}}")).isValid());
    }

    @Test
    void hugeStringsAreRefusedBySize() {
        String fiveMegabytes = "x".repeat(5 << 20);
        ObjectNode args = NODES.objectNode().put("owner", "o").put("repo", "r").put("title", fiveMegabytes);
        ValidationResult result = createIssue.validate(args);
        assertFalse(result.isValid());
        assertTrue(result.message().contains("maxArgumentSize"), result.message());
        ObjectNode bigKey = NODES.objectNode().put(fiveMegabytes, 1);
        assertTrue(anything.validate(bigKey).message().contains("maxArgumentSize"));
    }

    @Test
    void sizeCountsStringsNamesAndValues() {
        CompiledSchema schema = new SchemaCompiler(new ValidationLimits(64, 20_000, 64, 10, 1_000)).compile(json("{}"));
        // object 1 + "ab" 2 + value 1 + "cdef" 4 = 8 units, then 2 more for ["", ...]
        assertTrue(schema.validate(json("{\"ab\":\"cdef\"}")).isValid());
        assertTrue(schema.validate(json("{\"ab\":\"cdefgh\"}")).isValid());
        assertFalse(schema.validate(json("{\"ab\":\"cdefghi\"}")).isValid());
        assertFalse(schema.validate(json("[1,2,3,4,5,6,7,8,9,10]")).isValid());
    }

    @Test
    void manyPropertiesAreRefused() {
        ObjectNode many = NODES.objectNode();
        for (int i = 0; i < 1_001; i++) {
            many.put("p" + i, i);
        }
        ValidationResult result = anything.validate(NODES.objectNode().set("nested", many));
        assertFalse(result.isValid());
        assertTrue(result.message().contains("maxObjectProperties"), result.message());
        many.remove("p0");
        assertTrue(anything.validate(many).isValid());
    }

    @Test
    void omittedArgumentsAreAnEmptyObject() {
        assertSame(ValidationResult.valid(), anything.validate(null));
        ValidationResult result = createIssue.validate(null);
        assertFalse(result.isValid());
        assertEquals(3, result.errors().size());
        assertFalse(createIssue.validate(NODES.nullNode()).isValid());
    }

    @Test
    void rejectedSchemaRefusesEveryCallWithTheReason() {
        CompiledSchema rejected = CompiledSchema.rejected("inputSchema nests deeper than the limit of 64 (maxSchemaDepth)");
        assertTrue(rejected.isRejected());
        assertFalse(createIssue.isRejected());
        ValidationResult result = rejected.validate(json("{}"));
        assertFalse(result.isValid());
        assertTrue(result.message().contains("maxSchemaDepth"), result.message());
        assertSame(result, rejected.validate(null));
    }

    @Test
    void oneSchemaValidatesCorrectlyFromManyThreads() throws Exception {
        JsonNode valid = json("{\"owner\":\"o\",\"repo\":\"r\",\"title\":\"t\",\"state\":\"open\"}");
        JsonNode invalid = json("{\"owner\":\"o\",\"repo\":\"r\",\"title\":\"t\",\"state\":\"merged\"}");
        int threads = 4;
        int perThread = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<int[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    int[] counts = new int[2];
                    for (int i = 0; i < perThread; i++) {
                        boolean expectValid = (i & 1) == 0;
                        ValidationResult r = createIssue.validate(expectValid ? valid : invalid);
                        if (r.isValid() == expectValid
                                && (expectValid || "/state".equals(r.errors().get(0).path()))) {
                            counts[expectValid ? 0 : 1]++;
                        }
                    }
                    return counts;
                }));
            }
            start.countDown();
            int validCount = 0;
            int invalidCount = 0;
            for (Future<int[]> f : futures) {
                int[] counts = f.get(60, TimeUnit.SECONDS);
                validCount += counts[0];
                invalidCount += counts[1];
            }
            assertEquals(threads * perThread / 2, validCount);
            assertEquals(threads * perThread / 2, invalidCount);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A loop through an {@code $anchor}, which the compile-time check does not follow. */
    private static final String ANCHOR_LOOP =
            "{\"$defs\":{\"a\":{\"$anchor\":\"loop\",\"allOf\":[{\"$ref\":\"#loop\"}]}},\"$ref\":\"#loop\"}";

    @Test
    void aLoopTheCompilerCannotSeeEndsAtTheDepthLimit() {
        CompiledSchema loop = compiler.compile(json(ANCHOR_LOOP));
        ValidationResult result = assertTimeoutPreemptively(HANG_GUARD, () -> loop.validate(json("{\"a\":1}")));
        assertFalse(result.isValid());
        assertEquals("arguments: schema evaluation nests deeper than the limit of 256 subschemas (maxEvaluationDepth)",
                result.message());
    }

    @Test
    void aFanOutAcrossNestedArgumentsEndsAtTheStepLimit() {
        // Each level evaluates the next definition twice at the same argument value: 2^30 at depth 30.
        StringBuilder schema = new StringBuilder("{\"$ref\":\"#/$defs/d0\",\"$defs\":{");
        for (int i = 0; i < 30; i++) {
            String next = "{\"properties\":{\"a\":{\"$ref\":\"#/$defs/d" + (i + 1) + "\"}}}";
            schema.append("\"d").append(i).append("\":{\"allOf\":[").append(next).append(',').append(next).append("]},");
        }
        schema.append("\"d30\":{\"type\":\"integer\"}}}");
        CompiledSchema fanOut = compiler.compile(json(schema.toString()));
        String shallow = "{\"a\":".repeat(5) + "1" + "}".repeat(5);
        assertTrue(fanOut.validate(json(shallow)).isValid());
        String deep = "{\"a\":".repeat(30) + "1" + "}".repeat(30);
        ValidationResult result = assertTimeoutPreemptively(HANG_GUARD, () -> fanOut.validate(json(deep)));
        assertFalse(result.isValid());
        assertTrue(result.message().endsWith(
                "schema evaluation takes more than the limit of 1000000 steps (maxEvaluationSteps)"), result.message());
    }

    @Test
    void theEvaluationDepthLimitIsConfigurable() {
        SchemaCompiler shallow = new SchemaCompiler(ValidationLimits.defaults().withEvaluation(8, 1_000_000));
        CompiledSchema tree = shallow.compile(json("{\"type\":\"object\",\"properties\":{\"c\":{\"$ref\":\"#\"}}}"));
        assertTrue(tree.validate(json("{\"c\":{\"c\":{}}}")).isValid());
        ValidationResult deep = tree.validate(json("{\"c\":{\"c\":{\"c\":{\"c\":{\"c\":{}}}}}}"));
        assertFalse(deep.isValid());
        assertTrue(deep.message().contains("deeper than the limit of 8 subschemas (maxEvaluationDepth)"), deep.message());
    }

    @Test
    void aStackTooSmallForTheDepthLimitGivesAnInvalidResultNotAnError() throws Exception {
        CompiledSchema loop = new SchemaCompiler(ValidationLimits.defaults().withEvaluation(10_000_000, Long.MAX_VALUE))
                .compile(json(ANCHOR_LOOP));
        JsonNode args = json("{}");
        assertFalse(compiler.compile(json(ANCHOR_LOOP)).validate(args).isValid()); // classes loaded on a full stack
        Object outcome = OnThread.withSmallStack(() -> loop.validate(args));
        assertTrue(outcome instanceof ValidationResult, String.valueOf(outcome));
        ValidationResult result = (ValidationResult) outcome;
        assertFalse(result.isValid());
        assertTrue(result.message().contains("overflowed the thread's stack"), result.message());
        assertTrue(result.message().contains("maxEvaluationDepth"), result.message());
    }

    @Test
    void aMissedLargeEnumIsCountedNotListed() {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode status = schema.putObject("properties").putObject("status").put("type", "string");
        ArrayNode values = status.putArray("enum");
        for (int i = 0; i < 10_000; i++) {
            values.add("status-" + i);
        }
        CompiledSchema large = compiler.compile(schema);
        assertTrue(large.hasFastPath());
        assertSame(ValidationResult.valid(), large.validate(NODES.objectNode().put("status", "status-9999")));
        ValidationResult missed = large.validate(NODES.objectNode().put("status", "status-10000"));
        assertEquals("/status: does not have a value in the enumeration of 10000 values", missed.message());

        ValidationResult small = createIssue.validate(json("{\"owner\":\"o\",\"repo\":\"r\",\"title\":\"t\",\"state\":\"merged\"}"));
        assertTrue(small.message().contains("\"open\", \"closed\""), small.message());
    }

    @Test
    void messagesQuotingHugeValuesAreShortened() {
        String big = "x".repeat(100_000);
        CompiledSchema schema = compiler.compile(NODES.objectNode().put("const", big));
        ValidationResult result = schema.validate(NODES.stringNode(big + "y"));
        assertFalse(result.isValid());
        String message = result.errors().get(0).message();
        assertTrue(message.length() <= CompiledSchema.MAX_MESSAGE_CHARS + 30, message.length() + " characters");
        assertTrue(message.endsWith(" characters)"), message.substring(message.length() - 40));
    }
}
