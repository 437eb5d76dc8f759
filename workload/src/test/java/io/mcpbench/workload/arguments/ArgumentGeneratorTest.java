package io.mcpbench.workload.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.catalog.ShapeStats;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ArgumentGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static List<McpSchema.Tool> tools;
    private static List<Schema> schemas;

    @BeforeAll
    static void catalog() {
        tools = new ArrayList<>();
        new CatalogGenerator(7).servers(3000).values().forEach(tools::addAll);
        tools = tools.subList(0, 600);
        schemas = new ArrayList<>();
        for (McpSchema.Tool t : tools) {
            schemas.add(REGISTRY.getSchema(JSON.valueToTree(t.inputSchema())));
        }
    }

    private static List<Error> validate(int i, String json) {
        JsonNode node = JSON.readTree(json);
        assertTrue(node.isObject(), json);
        return schemas.get(i).validate(node);
    }

    @Test
    void smallArgumentsAreValidAndSmall() {
        ArgumentGenerator args = new ArgumentGenerator(1);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            String json = args.valid(tools.get(i), ArgumentSize.SMALL);
            List<Error> errors = validate(i, json);
            assertTrue(errors.isEmpty(), () -> tools.get(0).name() + ": " + errors + " in " + json);
            sizes.add(json.length());
        }
        int median = ShapeStats.percentile(sizes, 0.5);
        assertTrue(median >= 50 && median <= 500, "median small argument size " + median);
        assertTrue(ShapeStats.percentile(sizes, 0.9) < 2048, "p90 small argument size");
    }

    @Test
    void largeArgumentsAreValidAndCarryContent() {
        ArgumentGenerator args = new ArgumentGenerator(2);
        int large = 0;
        for (int i = 0; i < tools.size(); i++) {
            String json = args.valid(tools.get(i), ArgumentSize.LARGE);
            int at = i;
            List<Error> errors = validate(i, json);
            assertTrue(errors.isEmpty(), () -> tools.get(at).name() + ": " + errors);
            assertTrue(json.length() < 64 * 1024 + 4096, "too large: " + json.length());
            if (json.length() >= 2048) {
                large++;
            }
        }
        assertTrue(large >= tools.size() * 0.8, "only " + large + " of " + tools.size() + " carry 2 KB or more");
    }

    @Test
    void invalidArgumentsFailForTheStatedReason() {
        ArgumentGenerator args = new ArgumentGenerator(3);
        Map<Violation, Integer> seen = new EnumMap<>(Violation.class);
        for (int i = 0; i < tools.size(); i++) {
            InvalidArguments bad = args.invalidArguments(tools.get(i));
            List<Error> errors = validate(i, bad.json());
            assertFalse(errors.isEmpty(), () -> "accepted " + bad);
            String keyword = bad.violation().keyword();
            assertTrue(errors.stream().anyMatch(e -> keyword.equals(e.getKeyword())),
                    () -> "expected " + keyword + " for " + bad + " but got " + errors);
            assertTrue(errors.stream().allMatch(e -> mentions(e, bad.field())),
                    () -> "errors beyond field " + bad.field() + ": " + errors + " for " + bad);
            assertTrue(bad.reason().contains(bad.field()), bad.reason());
            seen.merge(bad.violation(), 1, Integer::sum);
        }
        assertTrue(seen.size() >= 8, "violations seen: " + seen);
    }

    @Test
    void everyViolationKindIsProducedOnRequestAndRejectedForThatReason() {
        ArgumentGenerator args = new ArgumentGenerator(4);
        for (Violation v : Violation.values()) {
            int produced = 0;
            for (int i = 0; i < tools.size() && produced < 25; i++) {
                if (!args.possibleViolations(tools.get(i)).contains(v)) {
                    continue;
                }
                InvalidArguments bad = args.invalidArguments(tools.get(i), v);
                assertEquals(v, bad.violation());
                List<Error> errors = validate(i, bad.json());
                assertTrue(errors.stream().anyMatch(e -> v.keyword().equals(e.getKeyword())
                        && mentions(e, bad.field())), () -> bad + " gave " + errors);
                produced++;
            }
            assertTrue(produced >= 5, v + " possible for only " + produced + " tools");
        }
    }

    @Test
    void impossibleViolationIsRejected() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", Map.of("q", Map.of("type", "string")));
        McpSchema.Tool tool = tool("plain", schema);
        ArgumentGenerator args = new ArgumentGenerator(1);
        assertEquals(List.of(Violation.WRONG_TYPE), args.possibleViolations(tool));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> args.invalidArguments(tool, Violation.BELOW_MINIMUM));
        assertTrue(e.getMessage().contains("plain") && e.getMessage().contains("BELOW_MINIMUM"), e.getMessage());
    }

    private static boolean mentions(Error e, String field) {
        return field.equals(e.getProperty()) || e.getInstanceLocation().toString().contains(field);
    }

    @Test
    void invalidMatchesInvalidArgumentsJson() {
        McpSchema.Tool tool = tools.get(5);
        assertEquals(new ArgumentGenerator(9).invalidArguments(tool).json(), new ArgumentGenerator(9).invalid(tool));
    }

    @Test
    void sameSeedSameBytesDifferentSeedDifferentBytes() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        StringBuilder c = new StringBuilder();
        ArgumentGenerator ga = new ArgumentGenerator(11);
        ArgumentGenerator gb = new ArgumentGenerator(11);
        ArgumentGenerator gc = new ArgumentGenerator(12);
        for (McpSchema.Tool t : tools.subList(0, 100)) {
            a.append(ga.valid(t, ArgumentSize.SMALL)).append(ga.invalid(t)).append(ga.valid(t, ArgumentSize.LARGE));
            b.append(gb.valid(t, ArgumentSize.SMALL)).append(gb.invalid(t)).append(gb.valid(t, ArgumentSize.LARGE));
            c.append(gc.valid(t, ArgumentSize.SMALL)).append(gc.invalid(t)).append(gc.valid(t, ArgumentSize.LARGE));
        }
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a.toString(), c.toString());
    }

    private static McpSchema.Tool tool(String name, Map<String, Object> schema) {
        return McpSchema.Tool.builder(name, schema).description("test tool").build();
    }

    @Test
    void toolThatAcceptsEverythingHasNoInvalidArguments() {
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("type", "object");
        McpSchema.Tool tool = tool("anything", open);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArgumentGenerator(1).invalid(tool));
        assertTrue(e.getMessage().contains("anything"), e.getMessage());
        assertEquals("{}", new ArgumentGenerator(1).valid(tool, ArgumentSize.SMALL));
        assertEquals("{}", new ArgumentGenerator(1).valid(tool("empty", Map.of()), ArgumentSize.LARGE));
    }

    @Test
    void unknownPatternIsRejectedNotGuessed() {
        Map<String, Object> prop = new LinkedHashMap<>();
        prop.put("type", "string");
        prop.put("pattern", "^[0-9]{3}-x$");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", Map.of("code", prop));
        schema.put("required", List.of("code"));
        McpSchema.Tool tool = tool("coded", schema);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArgumentGenerator(1).valid(tool, ArgumentSize.SMALL));
        assertTrue(e.getMessage().contains("code"), e.getMessage());
    }

    @Test
    void unsupportedKeywordsAreRejectedNotGuessed() {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("$ref", "#/$defs/thing");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", Map.of("thing", ref));
        schema.put("required", List.of("thing"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArgumentGenerator(1).valid(tool("refs", schema), ArgumentSize.SMALL));
        assertTrue(e.getMessage().contains("thing") && e.getMessage().contains("$ref"), e.getMessage());

        IllegalArgumentException notObject = assertThrows(IllegalArgumentException.class,
                () -> new ArgumentGenerator(1).valid(tool("arr", Map.of("type", "array")), ArgumentSize.SMALL));
        assertTrue(notObject.getMessage().contains("arr"), notObject.getMessage());
    }

    @Test
    void foreignSchemaKeywordsAreHonoured() {
        String schemaJson = "{\"type\":\"object\",\"properties\":{"
                + "\"n\":{\"type\":\"number\",\"exclusiveMinimum\":0,\"exclusiveMaximum\":1},"
                + "\"k\":{\"type\":\"integer\",\"exclusiveMinimum\":5,\"maximum\":6},"
                + "\"c\":{\"const\":\"fixed\"},"
                + "\"t\":{\"type\":[\"null\",\"string\"],\"minLength\":30,\"maxLength\":31},"
                + "\"u\":{\"type\":\"array\",\"items\":{\"enum\":[\"a\",\"b\",\"c\"]},\"minItems\":3,\"uniqueItems\":true}},"
                + "\"required\":[\"n\",\"k\",\"c\",\"t\",\"u\"]}";
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = JSON.readValue(schemaJson, LinkedHashMap.class);
        McpSchema.Tool tool = tool("foreign", schema);
        Schema compiled = REGISTRY.getSchema(JSON.readTree(schemaJson));
        ArgumentGenerator args = new ArgumentGenerator(5);
        for (int i = 0; i < 50; i++) {
            String json = args.valid(tool, ArgumentSize.SMALL);
            List<Error> errors = compiled.validate(JSON.readTree(json));
            assertTrue(errors.isEmpty(), () -> errors + " in " + json);
        }
    }
}
