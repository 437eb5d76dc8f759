package io.mcpbench.core.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.validation.SchemaCompiler;
import io.mcpbench.core.validation.ValidationLimits;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ToolBindingServiceTest {

    private static final JsonMapper MAPPER = JsonMapper.shared();
    private final SchemaCompiler compiler = new SchemaCompiler(ValidationLimits.defaults());

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(String json) {
        return MAPPER.readValue(json, LinkedHashMap.class);
    }

    private static McpSchema.Tool tool(String name, String description, Map<String, Object> inputSchema) {
        return new McpSchema.Tool(name, null, description, inputSchema, null, null, null, null);
    }

    private static McpSchema.Tool stringArgTool(String name, String arg) {
        return tool(name, "takes " + arg, schema("{\"type\":\"object\",\"properties\":{\"" + arg
                + "\":{\"type\":\"string\"}},\"required\":[\"" + arg + "\"]}"));
    }

    private static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    @Test
    void bindFindsToolsAndRefusesUnknownNames() {
        ToolCatalog catalog = new ToolCatalog(CatalogSnapshot.of(Map.of(
                "github", List.of(stringArgTool("create_issue", "title"), stringArgTool("search", "q")),
                "fs", List.of(stringArgTool("read_file", "path")))));
        ToolBindingService service = new ToolBindingService(catalog, compiler);

        ToolBinding binding = service.bind("github__create_issue");
        assertEquals("github__create_issue", binding.qualifiedName());
        assertEquals("github", binding.serverId());
        assertEquals("create_issue", binding.tool().name());
        assertTrue(binding.validate(json("{\"title\":\"t\"}")).isValid());
        assertEquals("/title", binding.validate(json("{\"title\":1}")).errors().get(0).path());
        assertSame(binding, service.find("github__create_issue"));
        assertEquals(3, service.size());

        UnknownToolException e = assertThrows(UnknownToolException.class, () -> service.bind("github__delete_repo"));
        assertEquals("unknown tool: github__delete_repo", e.getMessage());
        assertEquals("github__delete_repo", e.qualifiedName());
        assertEquals(0, e.getStackTrace().length);
        assertNull(service.find("github__delete_repo"));
        assertNull(service.find("create_issue"));
        assertThrows(UnknownToolException.class, () -> service.bind(null));
    }

    @Test
    void catalogSwapsUpdateBindingsAndReuseUnchangedSchemas() {
        ToolCatalog catalog = new ToolCatalog();
        ToolBindingService service = new ToolBindingService(catalog, compiler);
        assertEquals(0, service.size());

        catalog.putServer("a", List.of(stringArgTool("one", "x"), stringArgTool("two", "y")));
        ToolBinding one = service.bind("a__one");
        ToolBinding two = service.bind("a__two");
        assertEquals(catalog.snapshot().version(), service.snapshotVersion());

        // another server joins: a's bindings are carried over untouched
        catalog.putServer("b", List.of(stringArgTool("three", "z")));
        assertSame(one, service.bind("a__one"));
        assertSame(two, service.bind("a__two"));
        assertTrue(service.bind("b__three").validate(json("{\"z\":\"v\"}")).isValid());

        // a is republished: "one" with a new description but an equal schema, "two" with a new schema
        McpSchema.Tool oneRenamed = tool("one", "now with a longer description",
                schema("{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"}},\"required\":[\"x\"]}"));
        catalog.putServer("a", List.of(oneRenamed, stringArgTool("two", "w")));
        ToolBinding oneAfter = service.bind("a__one");
        assertSame(oneRenamed, oneAfter.tool());
        assertSame(one.schema(), oneAfter.schema());
        ToolBinding twoAfter = service.bind("a__two");
        assertNotSame(two.schema(), twoAfter.schema());
        assertTrue(twoAfter.validate(json("{\"w\":\"v\"}")).isValid());
        assertFalse(twoAfter.validate(json("{\"y\":\"v\"}")).isValid());

        catalog.removeServer("b");
        assertNull(service.find("b__three"));
        assertThrows(UnknownToolException.class, () -> service.bind("b__three"));
        assertEquals(2, service.size());
    }

    @Test
    void identicalNewSchemasAreCompiledOnce() {
        ToolCatalog catalog = new ToolCatalog();
        ToolBindingService service = new ToolBindingService(catalog, compiler);
        catalog.putServer("s", List.of(stringArgTool("a", "q"), stringArgTool("b", "q"), stringArgTool("c", "r")));
        assertSame(service.bind("s__a").schema(), service.bind("s__b").schema());
        assertNotSame(service.bind("s__a").schema(), service.bind("s__c").schema());
    }

    @Test
    void toolWithRejectedSchemaIsBoundButRefusesCalls() {
        ToolCatalog catalog = new ToolCatalog();
        ToolBindingService service = new ToolBindingService(catalog, compiler);
        catalog.putServer("s", List.of(
                tool("remote", "d", schema("{\"$ref\":\"https://example.com/s.json\"}")),
                tool("broken", "d", schema("{\"type\":\"strin\"}")),
                stringArgTool("fine", "x")));
        ToolBinding remote = service.bind("s__remote");
        assertTrue(remote.schema().isRejected());
        String message = remote.validate(json("{}")).message();
        assertTrue(message.contains("https://example.com/s.json"), message);
        assertTrue(service.bind("s__broken").validate(json("{}")).message().contains("/type"));
        assertTrue(service.bind("s__fine").validate(json("{\"x\":\"1\"}")).isValid());
    }

    @Test
    void closedServiceKeepsItsLastTableAndStopsFollowing() {
        ToolCatalog catalog = new ToolCatalog();
        ToolBindingService service = new ToolBindingService(catalog, compiler);
        catalog.putServer("s", List.of(stringArgTool("a", "x")));
        service.close();
        catalog.putServer("t", List.of(stringArgTool("b", "x")));
        assertTrue(service.find("s__a") != null);
        assertNull(service.find("t__b"));
    }

    @Test
    void olderSnapshotsDeliveredLateAreIgnored() {
        CatalogSnapshot v1 = CatalogSnapshot.of(Map.of("s", List.of(stringArgTool("old", "x"))));
        CatalogSnapshot v2 = v1.withServer("s", List.of(stringArgTool("new", "x")));
        ToolCatalog catalog = new ToolCatalog(v2);
        ToolBindingService service = new ToolBindingService(catalog, compiler);
        service.update(v1);
        assertEquals(v2.version(), service.snapshotVersion());
        assertTrue(service.find("s__new") != null);
        assertNull(service.find("s__old"));
    }

    @Test
    void bindsDuringSwapsNeverFailForToolsInBothSnapshots() throws Exception {
        List<McpSchema.Tool> stable = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stable.add(stringArgTool("t" + i, "x"));
        }
        List<McpSchema.Tool> churnA = List.of(stringArgTool("kept", "k"), stringArgTool("onlyA", "a"));
        List<McpSchema.Tool> churnB = List.of(stringArgTool("kept", "k"), stringArgTool("onlyB", "b"));
        ToolCatalog catalog = new ToolCatalog(CatalogSnapshot.of(Map.of("stable", stable, "churn", churnA)));
        ToolBindingService service = new ToolBindingService(catalog, compiler);

        int readers = 3;
        int bindsPerReader = 200_000;
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        try {
            Future<Integer> writer = pool.submit(() -> {
                start.await();
                int swaps = 0;
                while (!done.get()) {
                    catalog.putServer("churn", (swaps & 1) == 0 ? churnB : churnA);
                    swaps++;
                }
                return swaps;
            });
            List<Future<Long>> results = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                int seed = r;
                results.add(pool.submit(() -> {
                    start.await();
                    long ok = 0;
                    for (int i = 0; i < bindsPerReader; i++) {
                        String name = (i % 3 == 0) ? "churn__kept" : "stable__t" + ((i + seed) % 20);
                        ToolBinding b = service.bind(name);
                        if (b.qualifiedName().equals(name) && !b.schema().isRejected()) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            start.countDown();
            long total = 0;
            for (Future<Long> f : results) {
                total += f.get(120, TimeUnit.SECONDS);
            }
            done.set(true);
            int swaps = writer.get(60, TimeUnit.SECONDS);
            assertEquals((long) readers * bindsPerReader, total);
            assertTrue(swaps > 0, "the catalog never changed during the run");
            assertEquals(catalog.snapshot().version(), service.snapshotVersion());
            String present = (swaps & 1) == 1 ? "churn__onlyB" : "churn__onlyA";
            String absent = (swaps & 1) == 1 ? "churn__onlyA" : "churn__onlyB";
            assertTrue(service.find(present) != null, present);
            assertNull(service.find(absent), absent);
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
    }
}
