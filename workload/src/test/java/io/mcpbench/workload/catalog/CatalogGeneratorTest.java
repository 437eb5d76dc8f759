package io.mcpbench.workload.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.QualifiedName;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CatalogGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TOOL_NAME = Pattern.compile("[a-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*");

    private static String bytes(Map<String, List<McpSchema.Tool>> catalog) {
        return JSON.writeValueAsString(catalog);
    }

    @Test
    void sameSeedGivesIdenticalBytes() {
        String first = bytes(new CatalogGenerator(42).servers(3000));
        assertEquals(first, bytes(new CatalogGenerator(42).servers(3000)));
        CatalogGenerator reused = new CatalogGenerator(42);
        reused.servers(50);
        assertEquals(first, bytes(reused.servers(3000)), "a call must not depend on earlier calls");
    }

    @Test
    void differentSeedsGiveDifferentCatalogs() {
        assertNotEquals(bytes(new CatalogGenerator(1).servers(500)), bytes(new CatalogGenerator(2).servers(500)));
    }

    @Test
    void threadsSharingOneGeneratorGetTheSameCatalog() throws Exception {
        CatalogGenerator generator = new CatalogGenerator(5);
        String expected = bytes(generator.servers(1000));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> bytes(generator.servers(1000))));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 50, 500, 3000, 10000})
    void toolCountIsExact(int count) {
        Map<String, List<McpSchema.Tool>> servers = new CatalogGenerator(count).servers(count);
        assertEquals(count, servers.values().stream().mapToInt(List::size).sum());
        assertTrue(servers.values().stream().noneMatch(List::isEmpty), "no empty servers");
        assertEquals(count, new CatalogGenerator(count).snapshot(count).size());
    }

    @Test
    void negativeCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CatalogGenerator(1).servers(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void largerCatalogExtendsSmallerOne() {
        List<Map.Entry<String, List<McpSchema.Tool>>> small = new ArrayList<>(
                new CatalogGenerator(9).servers(500).entrySet());
        List<Map.Entry<String, List<McpSchema.Tool>>> large = new ArrayList<>(
                new CatalogGenerator(9).servers(3000).entrySet());
        for (int i = 0; i < small.size() - 1; i++) {
            assertEquals(small.get(i), large.get(i));
        }
    }

    @Test
    void namesAreValidUniqueAndInRealStyles() {
        Map<String, List<McpSchema.Tool>> servers = new CatalogGenerator(3).servers(3000);
        int snake = 0;
        int camel = 0;
        int dotted = 0;
        int kebab = 0;
        for (Map.Entry<String, List<McpSchema.Tool>> e : servers.entrySet()) {
            assertEquals(e.getKey(), QualifiedName.requireServerId(e.getKey()));
            Set<String> names = new HashSet<>();
            for (McpSchema.Tool t : e.getValue()) {
                assertTrue(names.add(t.name()), "duplicate " + t.name() + " on " + e.getKey());
                assertTrue(TOOL_NAME.matcher(t.name()).matches(), t.name());
                QualifiedName q = QualifiedName.parse(QualifiedName.of(e.getKey(), t.name()));
                assertEquals(e.getKey(), q.serverId());
                assertEquals(t.name(), q.toolName());
                snake += t.name().contains("_") ? 1 : 0;
                dotted += t.name().contains(".") ? 1 : 0;
                kebab += t.name().contains("-") ? 1 : 0;
                camel += t.name().matches("[a-z]+[A-Z][A-Za-z0-9]*") ? 1 : 0;
                assertFalse(t.description().isBlank(), t.name());
            }
        }
        assertTrue(snake > 1000 && camel > 300 && dotted > 50 && kebab > 50,
                "styles snake=" + snake + " camel=" + camel + " dotted=" + dotted + " kebab=" + kebab);
        Set<String> domains = new HashSet<>();
        servers.keySet().forEach(id -> Domains.ALL.forEach(d -> {
            if (id.contains(d.id())) {
                domains.add(d.id());
            }
        }));
        assertTrue(domains.containsAll(List.of("github", "filesystem", "slack", "postgres", "jira", "kubernetes")),
                "domains " + domains);
    }

    @Test
    void snapshotHoldsTheGeneratedServers() {
        Map<String, List<McpSchema.Tool>> servers = new CatalogGenerator(4).servers(500);
        CatalogSnapshot snapshot = new CatalogGenerator(4).snapshot(500);
        assertEquals(servers.keySet(), Set.copyOf(snapshot.serverIds()));
        for (CatalogEntry e : snapshot.entries()) {
            assertTrue(servers.get(e.serverId()).contains(e.tool()), e.qualifiedName());
            assertEquals(e, snapshot.find(e.qualifiedName()));
        }
    }

    @Test
    void schemasAreValidJsonSchemaDocuments() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta2020 = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        Schema meta07 = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_7.getDialectId()));
        assertFalse(meta2020.validate(JSON.readTree("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"text\"}}}"))
                .isEmpty(), "the meta-schema check must be able to fail");
        int draft07 = 0;
        for (List<McpSchema.Tool> tools : new CatalogGenerator(6).servers(3000).values()) {
            for (McpSchema.Tool t : tools) {
                String text = JSON.writeValueAsString(t.inputSchema());
                JsonNode node = JSON.readTree(text);
                assertEquals(JSON.valueToTree(t.inputSchema()), node);
                assertEquals("object", node.get("type").asString(), t.name());
                boolean is07 = SchemaBuilder.DRAFT_07.equals(t.inputSchema().get("$schema"));
                draft07 += is07 ? 1 : 0;
                List<Error> errors = (is07 ? meta07 : meta2020).validate(node);
                assertTrue(errors.isEmpty(), () -> t.name() + ": " + errors + " in " + text);
                assertTrue(t.inputSchema() instanceof Map, "schema map");
                assertThrows(UnsupportedOperationException.class, () -> t.inputSchema().put("x", 1));
            }
        }
        assertTrue(draft07 > 300, "draft-07 schemas: " + draft07);
    }

    @Test
    void shapeMatchesMeasuredServersAcrossSeeds() {
        for (long seed : new long[] {1, 42, 1234}) {
            ShapeStats s = ShapeStats.of(new CatalogGenerator(seed).servers(3000));
            String at = "seed " + seed + ":\n" + s;
            double mean = (double) s.tools / s.servers;
            within(at, "tools per server", mean, 7.0, 10.5);
            within(at, "servers with 1 tool", s.serverShare(1, 1), 0.12, 0.23);
            within(at, "servers with 2-5 tools", s.serverShare(2, 5), 0.40, 0.56);
            within(at, "servers with >20 tools", s.serverShare(21, Integer.MAX_VALUE), 0.06, 0.15);
            within(at, "largest server", ShapeStats.max(s.serverSizes), 40, 120);

            within(at, "schema bytes p50", ShapeStats.percentile(s.schemaBytes, 0.5), 480, 680);
            within(at, "schema bytes p90", ShapeStats.percentile(s.schemaBytes, 0.9), 1100, 1800);
            within(at, "schema bytes max", ShapeStats.max(s.schemaBytes), 2500, 8192);
            within(at, "properties p50", ShapeStats.percentile(s.topLevel, 0.5), 4, 6);
            within(at, "properties p90", ShapeStats.percentile(s.topLevel, 0.9), 8, 11);
            within(at, "properties max", ShapeStats.max(s.topLevel), 14, 26);
            within(at, "required share", s.share(s.requiredProps, s.topLevelProps), 0.45, 0.65);

            int props = s.propertyCount();
            within(at, "string share", s.share(s.strings, props), 0.62, 0.75);
            within(at, "number share", s.share(s.numbers, props), 0.17, 0.27);
            within(at, "array share", s.share(s.arrays, props), 0.03, 0.08);
            within(at, "boolean share", s.share(s.booleans, props), 0.015, 0.05);
            within(at, "object share", s.share(s.objects, props), 0.003, 0.025);

            within(at, "flat", s.share(s.depths[1], s.tools), 0.76, 0.86);
            within(at, "depth 2", s.share(s.depths[2], s.tools), 0.08, 0.16);
            within(at, "depth 3", s.share(s.depths[3], s.tools), 0.03, 0.09);

            within(at, "enum", s.share(s.toolsWithEnum, s.tools), 0.42, 0.58);
            within(at, "minimum/maximum", s.share(s.toolsWithBounds, s.tools), 0.42, 0.65);
            within(at, "anyOf/oneOf", s.share(s.toolsWithUnion, s.tools), 0.01, 0.06);
            within(at, "draft-07", s.share(s.toolsWithDraft07, s.tools), 0.12, 0.38);
            within(at, "additionalProperties false", s.share(s.toolsClosed, s.tools), 0.2, 0.5);
            within(at, "pattern", s.share(s.toolsWithPattern, s.tools), 0.1, 0.5);
            within(at, "format", s.share(s.toolsWithFormat, s.tools), 0.1, 0.5);
            assertTrue(s.enumSizes.stream().allMatch(n -> n >= 2 && n <= 12), at);

            within(at, "description p50", ShapeStats.percentile(s.descriptionChars, 0.5), 55, 95);
            within(at, "description p90", ShapeStats.percentile(s.descriptionChars, 0.9), 160, 300);
            within(at, "description max", ShapeStats.max(s.descriptionChars), 2000, 9000);
        }
    }

    private static void within(String context, String what, double value, double lo, double hi) {
        assertTrue(value >= lo && value <= hi, what + " = " + value + " not in [" + lo + ", " + hi + "] for " + context);
    }
}
