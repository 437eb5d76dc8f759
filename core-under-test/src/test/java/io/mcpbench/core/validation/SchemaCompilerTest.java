package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class SchemaCompilerTest {

    static final String CREATE_ISSUE = """
            {"type":"object",
             "properties":{
               "owner":{"type":"string","description":"Repository owner"},
               "repo":{"type":"string","description":"Repository name"},
               "title":{"type":"string","minLength":1},
               "labels":{"type":"array","items":{"type":"string"}},
               "priority":{"type":"integer","minimum":1,"maximum":5},
               "state":{"type":"string","enum":["open","closed"]}},
             "required":["owner","repo","title"],
             "additionalProperties":false}""";

    private static final JsonMapper MAPPER = JsonMapper.shared();
    private final SchemaCompiler compiler = new SchemaCompiler(ValidationLimits.defaults());

    static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String text) {
        return MAPPER.readValue(text, LinkedHashMap.class);
    }

    @Test
    void mapAndTreeFormsValidateAlike() {
        CompiledSchema fromMap = compiler.compile(map(CREATE_ISSUE));
        CompiledSchema fromTree = compiler.compile(json(CREATE_ISSUE));
        JsonNode valid = json("{\"owner\":\"o\",\"repo\":\"r\",\"title\":\"t\",\"labels\":[\"bug\"],\"priority\":2}");
        JsonNode invalid = json("{\"owner\":\"o\",\"repo\":7,\"title\":\"t\"}");
        for (CompiledSchema schema : List.of(fromMap, fromTree)) {
            assertSame(ValidationResult.valid(), schema.validate(valid));
            ValidationResult result = schema.validate(invalid);
            assertFalse(result.isValid());
            assertEquals("/repo", result.errors().get(0).path());
            assertTrue(result.message().startsWith("/repo: "), result.message());
        }
    }

    @Test
    void missingRequiredPropertyIsNamedInThePath() {
        ValidationResult result = compiler.compile(json(CREATE_ISSUE)).validate(json("{\"owner\":\"o\",\"repo\":\"r\"}"));
        assertFalse(result.isValid());
        assertEquals(1, result.errors().size());
        assertEquals("/title", result.errors().get(0).path());
        assertTrue(result.message().contains("title"), result.message());
    }

    @Test
    void everyFailingFieldIsReported() {
        ValidationResult result = compiler.compile(json(CREATE_ISSUE))
                .validate(json("{\"owner\":1,\"repo\":\"r\",\"title\":\"\",\"priority\":9,\"state\":\"merged\",\"x\":0}"));
        List<String> paths = new ArrayList<>();
        result.errors().forEach(e -> paths.add(e.path()));
        assertTrue(paths.containsAll(List.of("/owner", "/title", "/priority", "/state")), paths.toString());
        assertTrue(result.message().contains("more)"), result.message());
    }

    @Test
    void defaultDraftIs202012AndDollarSchemaSelectsDraft7() {
        // In draft-07 keywords beside $ref are ignored; in 2020-12 they apply.
        String body = "\"$ref\":\"#/definitions/n\",\"maximum\":5,\"definitions\":{\"n\":{\"type\":\"integer\"}}";
        CompiledSchema unmarked = compiler.compile(json("{" + body + "}"));
        CompiledSchema draft7 = compiler.compile(json("{\"$schema\":\"http://json-schema.org/draft-07/schema#\"," + body + "}"));
        assertFalse(unmarked.validate(json("10")).isValid());
        assertTrue(draft7.validate(json("10")).isValid());
        assertFalse(draft7.validate(json("\"ten\"")).isValid());
    }

    @Test
    void draft7DefaultReadsUnmarkedSchemasAsDraft7() {
        SchemaCompiler draft7 = new SchemaCompiler(ValidationLimits.defaults(), SchemaDraft.DRAFT_7, iri -> null);
        String schema = "{\"$ref\":\"#/definitions/n\",\"maximum\":5,\"definitions\":{\"n\":{\"type\":\"integer\"}}}";
        assertTrue(draft7.compile(json(schema)).validate(json("10")).isValid());
        // tuple-form items is draft-07 only: the 2020-12 meta-schema refuses it
        assertFalse(draft7.compile(json("{\"items\":[{\"type\":\"string\"}]}")).validate(json("[1]")).isValid());
        assertRejected("{\"items\":[{\"type\":\"string\"}]}", "/items");
    }

    @Test
    void formatIsAnAnnotationOnly() {
        CompiledSchema schema = compiler.compile(json("{\"type\":\"string\",\"format\":\"email\"}"));
        assertTrue(schema.validate(json("\"not an email\"")).isValid());
        assertFalse(schema.validate(json("3")).isValid());
    }

    @Test
    void malformedSchemasAreRejectedWithTheOffendingKeyword() {
        assertRejected("{\"type\":\"strin\"}", "/type");
        assertRejected("{\"required\":\"owner\"}", "/required");
        assertRejected("{\"properties\":{\"a\":{\"minimum\":\"one\"}}}", "/properties/a/minimum");
        assertRejected("{\"pattern\":\"(\"}", "Unclosed group");
        assertRejected("{\"$ref\":\"#/$defs/absent\"}", "cannot be resolved");
        assertRejected("\"string\"", "must be an object or a boolean");
        assertRejected("{\"$schema\":7}", "$schema must be a string");
        assertEquals("inputSchema is missing",
                assertThrows(SchemaRejectedException.class, () -> compiler.compile((Map<String, Object>) null)).getMessage());
    }

    @Test
    void remoteReferencesAreRefusedWithoutAnyRequest() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/schema.json";
            assertRejected("{\"$ref\":\"" + url + "\"}", url);
            assertRejected("{\"properties\":{\"a\":{\"$ref\":\"" + url + "#/x\"}}}", url);
            assertRejected("{\"$schema\":\"" + url + "\"}", url);
            server.setSoTimeout(200);
            // a connection here would mean the compiler went to the network
            assertThrows(SocketTimeoutException.class, () -> server.accept().close());
        }
        assertRejected("{\"$ref\":\"https://example.com/schemas/person.json\"}", "never fetched");
        assertRejected("{\"$ref\":\"other.json\"}", "never fetched");
    }

    @Test
    void fileReferencesAreRefusedEvenWhenTheFileExists(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"type\":\"string\"}");
        String uri = file.toUri().toString();
        SchemaRejectedException e = assertThrows(SchemaRejectedException.class,
                () -> compiler.compile(json("{\"$ref\":\"" + uri + "\"}")));
        assertTrue(e.getMessage().contains("never fetched"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void localSchemasResolveReferences() {
        String base = "https://schemas.example/";
        SchemaCompiler withLocal = new SchemaCompiler(ValidationLimits.defaults(), SchemaDraft.DRAFT_2020_12,
                iri -> iri.equals(base + "id.json") ? "{\"type\":\"string\",\"minLength\":3}" : null);
        CompiledSchema schema = withLocal.compile(json("{\"properties\":{\"id\":{\"$ref\":\"" + base + "id.json\"}}}"));
        assertTrue(schema.validate(json("{\"id\":\"abc\"}")).isValid());
        assertEquals("/id", schema.validate(json("{\"id\":\"ab\"}")).errors().get(0).path());
        assertThrows(SchemaRejectedException.class,
                () -> withLocal.compile(json("{\"$ref\":\"" + base + "other.json\"}")));
    }

    @Test
    void aReferenceLoopAcrossLocalSchemasIsRefusedNotAStackOverflow() {
        // The library's compiler recurses along references into other documents until the stack overflows.
        String a = "https://schemas.example/a.json";
        String b = "https://schemas.example/b.json";
        SchemaCompiler withLocal = new SchemaCompiler(ValidationLimits.defaults(), SchemaDraft.DRAFT_2020_12,
                iri -> iri.equals(a) ? "{\"$ref\":\"" + b + "\"}" : iri.equals(b) ? "{\"allOf\":[{\"$ref\":\"" + a + "\"}]}" : null);
        JsonNode schema = json("{\"properties\":{\"x\":{\"$ref\":\"" + a + "\"}}}");
        SchemaRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(SchemaRejectedException.class, () -> withLocal.compile(schema)));
        assertEquals("inputSchema is too deeply self-referential to compile: its $refs overflowed the thread's stack",
                e.getMessage());
    }

    @Test
    void schemaDeeperThanTheLimitIsRejectedInBothForms() {
        ValidationLimits limits = new ValidationLimits(16, 20_000, 64, 1 << 20, 1_000);
        SchemaCompiler strict = new SchemaCompiler(limits);
        // object nesting: {"properties":{"a":{"properties":{"a":...}}}} -> two levels per step
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode at = root;
        for (int i = 0; i < 10_000; i++) {
            at = at.putObject("properties").putObject("a");
        }
        SchemaRejectedException tree = assertThrows(SchemaRejectedException.class, () -> strict.compile(root));
        assertTrue(tree.getMessage().contains("maxSchemaDepth"), tree.getMessage());

        Map<String, Object> mapRoot = new LinkedHashMap<>();
        Map<String, Object> mapAt = mapRoot;
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            mapAt.put("properties", Map.of("a", next));
            mapAt = next;
        }
        SchemaRejectedException map = assertThrows(SchemaRejectedException.class, () -> strict.compile(mapRoot));
        assertTrue(map.getMessage().contains("maxSchemaDepth"), map.getMessage());

        // exactly at the limit compiles: 8 steps of properties/a = depth 16
        ObjectNode ok = JsonNodeFactory.instance.objectNode();
        ObjectNode okAt = ok;
        for (int i = 0; i < 7; i++) {
            okAt = okAt.putObject("properties").putObject("a");
        }
        okAt.put("type", "string");
        assertTrue(strict.compile(ok).validate(json("{\"a\":{\"a\":1}}")).isValid());
    }

    @Test
    void schemaWithTooManyNodesIsRejected() {
        SchemaCompiler strict = new SchemaCompiler(new ValidationLimits(64, 100, 64, 1 << 20, 1_000));
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ArrayNode values = schema.putArray("enum");
        for (int i = 0; i < 200; i++) {
            values.add(i);
        }
        SchemaRejectedException e = assertThrows(SchemaRejectedException.class, () -> strict.compile(schema));
        assertTrue(e.getMessage().contains("maxSchemaNodes"), e.getMessage());
    }

    @Test
    void rejectionReasonsQuotingTheSchemaStayOnOneLine() {
        assertRejected("{\"$ref\":\"http://x\\n.com/\"}", "refers to http://x\\n.com/");
        assertRejected("{\"$defs\":{\"a\\nb\":{\"$ref\":\"#/$defs/a\\nb\"}},\"$ref\":\"#/$defs/a\\nb\"}",
                "(#/$defs/a\\nb -> #/$defs/a\\nb)");
        assertRejected("{\"properties\":{\"a\\u2028b\":5}}", "/properties/a\\u2028b");
    }

    @Test
    void aMillionValueEnumIsRefusedByNodeCount() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ArrayNode values = schema.putArray("enum");
        for (int i = 0; i < 1_000_000; i++) {
            values.add(i);
        }
        SchemaRejectedException e = assertThrows(SchemaRejectedException.class, () -> compiler.compile(schema));
        assertEquals("inputSchema has more than the limit of 20000 JSON values (maxSchemaNodes)", e.getMessage());
    }

    @Test
    void anEnumOfHugeValuesIsRefusedBySize() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ArrayNode values = schema.putArray("enum");
        for (int i = 0; i < 5; i++) {
            values.add(i + "x".repeat(1 << 20));
        }
        SchemaRejectedException e = assertThrows(SchemaRejectedException.class, () -> compiler.compile(schema));
        assertEquals("inputSchema is larger than the limit of 4194304 size units (maxSchemaSize)", e.getMessage());
        @SuppressWarnings("unchecked")
        Map<String, Object> asMap = MAPPER.convertValue(schema, LinkedHashMap.class);
        assertThrows(SchemaRejectedException.class, () -> compiler.compile(asMap));
    }

    @Test
    void schemaSizeLimitIsExact() {
        // object 1 + "enum" 4 + array 1 + "abc" 1 + 3 = 10 units
        ValidationLimits ten = new ValidationLimits(64, 20_000, 64, 1 << 20, 1_000, 10, 256, 1_000_000);
        ValidationLimits nine = new ValidationLimits(64, 20_000, 64, 1 << 20, 1_000, 9, 256, 1_000_000);
        assertTrue(new SchemaCompiler(ten).compile(json("{\"enum\":[\"abc\"]}")).validate(json("\"abc\"")).isValid());
        SchemaRejectedException e = assertThrows(SchemaRejectedException.class,
                () -> new SchemaCompiler(nine).compile(json("{\"enum\":[\"abc\"]}")));
        assertTrue(e.getMessage().contains("maxSchemaSize"), e.getMessage());
    }

    @Test
    void tenThousandEnumStringsCompileAndValidateOnBothPaths() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ArrayNode values = schema.putArray("enum");
        for (int i = 0; i < 10_000; i++) {
            values.add("name-" + i);
        }
        values.add(7);
        for (boolean fast : new boolean[] {true, false}) {
            SchemaCompiler c = new SchemaCompiler(ValidationLimits.defaults(), SchemaDraft.DRAFT_2020_12, iri -> null, fast);
            CompiledSchema compiled = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> c.compile(schema));
            assertEquals(fast, compiled.hasFastPath());
            assertTrue(compiled.validate(json("\"name-0\"")).isValid());
            assertTrue(compiled.validate(json("\"name-9999\"")).isValid());
            assertTrue(compiled.validate(json("7.0")).isValid());
            assertFalse(compiled.validate(json("\"name-10000\"")).isValid());
            assertFalse(compiled.validate(json("8")).isValid());
        }
    }

    @Test
    void anEnumOfLargeObjectsComparesByValue() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ArrayNode values = schema.putArray("enum");
        for (int i = 0; i < 100; i++) {
            ObjectNode option = values.addObject();
            for (int p = 0; p < 100; p++) {
                option.put("p" + p, i * 1_000 + p);
            }
        }
        CompiledSchema compiled = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compiler.compile(schema));
        ObjectNode reordered = JsonNodeFactory.instance.objectNode();
        for (int p = 99; p >= 0; p--) {
            reordered.put("p" + p, 42_000 + p);
        }
        assertTrue(compiled.validate(reordered).isValid());
        reordered.put("p0", -1);
        ValidationResult missed = compiled.validate(reordered);
        assertEquals("arguments: does not have a value in the enumeration of 100 values", missed.message());
    }

    private void assertRejected(String schema, String expectedInMessage) {
        SchemaRejectedException e = assertThrows(SchemaRejectedException.class, () -> compiler.compile(json(schema)));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
