package io.mcpbench.core.validation;

import static io.mcpbench.core.validation.SchemaCompilerTest.CREATE_ISSUE;
import static io.mcpbench.core.validation.SchemaCompilerTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class FastPathTest {

    /** Typical MCP shape: descriptions everywhere, enums, bounds, an array, a nested object. */
    private static final String SEARCH = """
            {"type":"object",
             "properties":{
               "query":{"type":"string","description":"Search text","minLength":1,"maxLength":8},
               "state":{"type":"string","enum":["open","closed","all"]},
               "perPage":{"type":"number","minimum":1,"maximum":100},
               "page":{"type":"integer","exclusiveMinimum":0},
               "ratio":{"type":"number","exclusiveMaximum":0.5},
               "labels":{"type":"array","items":{"type":"string","maxLength":3},"minItems":1,"maxItems":3},
               "flag":{"type":["boolean","null"]},
               "when":{"type":"string","format":"date-time","pattern":"^2026-01-0[1-7]$"},
               "owner":{"type":"object","properties":{"login":{"type":"string"}},"required":["login"],
                        "additionalProperties":false}},
             "required":["query"],
             "additionalProperties":false}""";

    private final SchemaCompiler fast = new SchemaCompiler(ValidationLimits.defaults());
    private final SchemaCompiler libraryOnly =
            new SchemaCompiler(ValidationLimits.defaults(), SchemaDraft.DRAFT_2020_12, iri -> null, false);

    @Test
    void typicalToolSchemasGetAFastPath() {
        assertTrue(fast.compile(json(SEARCH)).hasFastPath());
        assertTrue(fast.compile(json(CREATE_ISSUE)).hasFastPath());
        assertTrue(fast.compile(json("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\"}")).hasFastPath());
        assertTrue(fast.compile(json("true")).hasFastPath());
        assertFalse(libraryOnly.compile(json(SEARCH)).hasFastPath());
    }

    @Test
    void schemasOutsideTheModelledSubsetGetNone() {
        for (String schema : new String[] {
            "{\"properties\":{\"a\":{\"$ref\":\"#/$defs/x\"}},\"$defs\":{\"x\":{}}}",
            "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"number\"}]}",
            "{\"patternProperties\":{\"^x\":{}}}",
            "{\"additionalProperties\":{\"type\":\"string\"}}",
            "{\"properties\":{\"a\":{\"const\":1}}}",
            "{\"$schema\":\"http://json-schema.org/draft-06/schema#\",\"type\":\"object\"}",
            "{\"properties\":{\"a\":false}}",
            "{\"if\":{\"type\":\"string\"}}",
            "{\"unknownKeyword\":1}"}) {
            assertFalse(fast.compile(json(schema)).hasFastPath(), schema);
        }
        assertTrue(fast.compile(json("{\"x-vendor\":{\"anything\":1},\"type\":\"object\"}")).hasFastPath());
    }

    @Test
    void invalidCallsStillNameTheFieldFromTheLibrary() {
        CompiledSchema schema = fast.compile(json(SEARCH));
        assertSame(ValidationResult.valid(), schema.validate(json("{\"query\":\"q\",\"state\":\"open\"}")));
        ValidationResult result = schema.validate(json("{\"query\":\"q\",\"state\":\"merged\"}"));
        assertEquals("/state", result.errors().get(0).path());
    }

    @Test
    void fastPathAgreesWithTheLibraryOnRandomArguments() {
        CompiledSchema withFastPath = fast.compile(json(SEARCH));
        CompiledSchema library = libraryOnly.compile(json(SEARCH));
        Random random = new Random(20_260_101L);
        int valid = 0;
        for (int i = 0; i < 10_000; i++) {
            JsonNode arguments = randomArguments(random);
            boolean expected = library.validate(arguments).isValid();
            assertEquals(expected, withFastPath.validate(arguments).isValid(), arguments.toString());
            valid += expected ? 1 : 0;
        }
        assertTrue(valid > 500 && valid < 9_500, "generator should mix valid and invalid calls: " + valid);
    }

    private static JsonNode randomArguments(Random random) {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        String[] names = {"query", "state", "perPage", "page", "ratio", "labels", "flag", "when", "owner", "extra"};
        for (String name : names) {
            double presence = name.equals("query") ? 0.95 : name.equals("extra") ? 0.03 : 0.4;
            if (random.nextDouble() < presence) {
                args.set(name, random.nextInt(6) == 0 ? randomValue(random) : plausible(name, random));
            }
        }
        return args;
    }

    private static JsonNode plausible(String name, Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (name) {
            case "query" -> f.stringNode(randomString(random, random.nextInt(11)));
            case "state" -> f.stringNode(new String[] {"open", "closed", "all", "merged", "OPEN"}[random.nextInt(5)]);
            case "perPage", "page", "ratio" -> randomNumber(random);
            case "labels" -> {
                ArrayNode labels = f.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    labels.add(random.nextInt(8) == 0 ? randomValue(random) : f.stringNode(randomString(random, random.nextInt(5))));
                }
                yield labels;
            }
            case "flag" -> random.nextBoolean() ? f.booleanNode(random.nextBoolean()) : f.nullNode();
            case "when" -> f.stringNode("2026-01-0" + random.nextInt(10));
            case "owner" -> {
                ObjectNode owner = f.objectNode();
                if (random.nextInt(5) > 0) {
                    owner.set("login", random.nextInt(6) == 0 ? randomValue(random) : f.stringNode("octo"));
                }
                if (random.nextInt(8) == 0) {
                    owner.put("id", 7);
                }
                yield owner;
            }
            default -> randomValue(random);
        };
    }

    private static JsonNode randomNumber(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(7)) {
            case 0 -> f.numberNode(random.nextInt(3) - 1);
            case 1 -> f.numberNode(random.nextInt(202) - 1);
            case 2 -> f.numberNode(random.nextDouble() * 2 - 0.5);
            case 3 -> f.numberNode(new double[] {0.5, 1.0, 100.0, 100.5, 0.0, -0.0}[random.nextInt(6)]);
            case 4 -> f.numberNode(random.nextLong());
            case 5 -> f.numberNode(new java.math.BigInteger("1" + "0".repeat(random.nextInt(30))));
            default -> f.numberNode(new java.math.BigDecimal(random.nextInt(200) + "." + random.nextInt(10)));
        };
    }

    private static JsonNode randomValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(6)) {
            case 0 -> f.stringNode(randomString(random, random.nextInt(6)));
            case 1 -> randomNumber(random);
            case 2 -> f.booleanNode(random.nextBoolean());
            case 3 -> f.nullNode();
            case 4 -> f.arrayNode().add(1);
            default -> f.objectNode().put("k", "v");
        };
    }

    /** Mixes ASCII, BMP and astral characters, so UTF-16 length and code points differ. */
    private static String randomString(Random random, int codePoints) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            switch (random.nextInt(4)) {
                case 0 -> s.appendCodePoint(0x1F600 + random.nextInt(40));
                case 1 -> s.appendCodePoint(0x00E9);
                default -> s.append((char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }
}
