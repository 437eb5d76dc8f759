package io.mcpbench.core.validation;

import static io.mcpbench.core.validation.SchemaCompilerTest.CREATE_ISSUE;
import static io.mcpbench.core.validation.SchemaCompilerTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
