package io.mcpbench.core.gateway;

import static io.mcpbench.core.gateway.GatewayFixtures.bytes;
import static io.mcpbench.core.gateway.GatewayFixtures.call;
import static io.mcpbench.core.gateway.GatewayFixtures.list;
import static io.mcpbench.core.gateway.McpSchemaCheck.assertResponse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.GatewayFixtures.ListRecorder;
import io.mcpbench.core.gateway.GatewayFixtures.Recorded;
import io.mcpbench.core.metrics.Attributes;
import io.mcpbench.core.metrics.McpOperationMetrics;
import io.mcpbench.core.metrics.MetricSnapshot;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class McpGatewayTest {

    private final ListRecorder recorder = new ListRecorder();

    private McpGateway gateway(ToolCatalog catalog, Downstream downstream, int pageSize) {
        return McpGateway.builder()
                .catalog(catalog)
                .registry(GatewayFixtures.registry(catalog, 2))
                .downstream(downstream)
                .recorder(recorder)
                .config(GatewayConfig.defaults().withPageSize(pageSize))
                .build();
    }

    private McpGateway gateway() {
        return gateway(GatewayFixtures.smallCatalog(), EchoDownstream.instant(), 100);
    }

    private static String text(JsonNode response) {
        return response.get("result").get("content").get(0).get("text").asString();
    }

    @Test
    void aValidCallReturnsTheDownstreamResult() {
        JsonNode r = assertResponse(gateway().handle(call(1, "weather__forecast", "{\"query\":\"Oslo\",\"limit\":3}")),
                "CallToolResult");
        assertEquals(1, r.get("id").asInt());
        assertFalse(r.get("result").get("isError").asBoolean());
        assertTrue(text(r).matches("forecast on weather-[01]: query=Oslo"), text(r));
    }

    @Test
    void idsComeBackAsTheyWereSent() {
        McpGateway g = gateway();
        JsonNode s = assertResponse(g.handle(call("abc-1", "weather__forecast", "{\"query\":\"x\"}")), "CallToolResult");
        assertTrue(s.get("id").isString());
        assertEquals("abc-1", s.get("id").asString());
        JsonNode big = assertResponse(g.handle(call("123456789012345678901234567890", "weather__forecast", "{\"query\":\"x\"}")),
                "CallToolResult");
        assertEquals("123456789012345678901234567890", big.get("id").asString());
        JsonNode n = assertResponse(g.handle(call(9007199254740993L, "weather__forecast", "{\"query\":\"x\"}")), "CallToolResult");
        assertEquals(9007199254740993L, n.get("id").asLong());
        java.math.BigInteger huge = new java.math.BigInteger("123456789012345678901234567890");
        JsonNode h = assertResponse(g.handle(call(huge, "weather__forecast", "{\"query\":\"x\"}")), "CallToolResult");
        assertEquals(huge, h.get("id").bigIntegerValue());
    }

    @Test
    void omittedArgumentsAreAnEmptyObject() {
        JsonNode r = assertResponse(gateway().handle(bytes(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"weather__forecast\"}}")),
                "CallToolResult");
        assertTrue(r.get("result").get("isError").asBoolean(), "query is required");
        assertTrue(text(r).contains("query"), text(r));
    }

    @Test
    void invalidArgumentsAreAToolErrorNamingTheField() {
        McpGateway g = gateway();
        JsonNode tooBig = assertResponse(g.handle(call(3, "github__search_issues", "{\"query\":\"q\",\"limit\":1000}")),
                "CallToolResult");
        assertTrue(tooBig.get("result").get("isError").asBoolean());
        assertTrue(text(tooBig).contains("limit"), text(tooBig));
        assertTrue(text(tooBig).contains("github__search_issues"), text(tooBig));

        JsonNode badEnum = assertResponse(g.handle(call(4, "github__search_issues", "{\"query\":\"q\",\"mode\":\"slow\"}")),
                "CallToolResult");
        assertTrue(badEnum.get("result").get("isError").asBoolean());
        assertTrue(text(badEnum).contains("mode"), text(badEnum));
    }

    @Test
    void anUnknownToolIsInvalidParamsNamingTheTool() {
        JsonNode r = assertResponse(gateway().handle(call(5, "github__no_such_tool", "{}")), "CallToolResult");
        assertEquals(5, r.get("id").asInt());
        assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, r.get("error").get("code").asInt());
        assertTrue(r.get("error").get("message").asString().contains("github__no_such_tool"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":1,\"method\":\"tools/list\"}",
        "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"tools/list\"}",
        "{\"jsonrpc\":2.0,\"id\":1,\"method\":\"tools/list\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":1}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":42}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":[1,2]}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":\"weather__forecast\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"tools/list\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"tools/list\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"tools/list\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"tools/list\"}",
        "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}]",
        "42",
        "\"tools/list\""
    })
    void aMalformedRequestIsInvalidRequest(String request) {
        JsonNode r = assertResponse(gateway().handle(bytes(request)), "Result");
        assertEquals(McpSchema.ErrorCodes.INVALID_REQUEST, r.get("error").get("code").asInt(), r.toString());
        JsonNode id = r.get("id");
        assertTrue(id == null || id.asInt() == 1, "id is echoed only when valid: " + r);
    }

    @Test
    void invalidRequestsEchoAReadableId() {
        JsonNode r = assertResponse(gateway().handle(bytes("{\"jsonrpc\":\"1.0\",\"id\":\"q-7\",\"method\":\"tools/list\"}")), "Result");
        assertEquals("q-7", r.get("id").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"jsonrpc\":\"2.0\",", "not json", "{\"a\":1} trailing", "\u0000\u0001\u00ff", "{'a':1}"})
    void unparsableBytesAreAParseErrorWithoutId(String garbage) {
        byte[] response = gateway().handle(bytes(garbage));
        JsonNode r = assertResponse(response, "Result");
        assertEquals(McpSchema.ErrorCodes.PARSE_ERROR, r.get("error").get("code").asInt(), r.toString());
        assertFalse(r.has("id"));
    }

    @Test
    void invalidUtf8IsAParseError() {
        JsonNode r = assertResponse(gateway().handle(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}), "Result");
        assertEquals(McpSchema.ErrorCodes.PARSE_ERROR, r.get("error").get("code").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "F08080AF", "EDA080", "F4908080"})
    void overlongAndOtherIllFormedUtf8IsAParseErrorAndReachesNoServer(String sequence) {
        AtomicInteger calls = new AtomicInteger();
        McpGateway g = gateway(GatewayFixtures.smallCatalog(), (instance, tool, args) -> {
            calls.incrementAndGet();
            return EchoDownstream.instant().call(instance, tool, args);
        }, 100);
        byte[] head = bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"weather__forecast\","
                + "\"arguments\":{\"query\":\"..");
        byte[] tail = bytes("etc/passwd\"}}}");
        byte[] ill = java.util.HexFormat.of().parseHex(sequence);
        byte[] request = new byte[head.length + ill.length + tail.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(ill, 0, request, head.length, ill.length);
        System.arraycopy(tail, 0, request, head.length + ill.length, tail.length);
        JsonNode r = assertResponse(g.handle(request), "Result");
        assertEquals(McpSchema.ErrorCodes.PARSE_ERROR, r.get("error").get("code").asInt(), r.toString());
        assertFalse(r.has("id"));
        assertTrue(r.get("error").get("message").asString().contains("UTF-8"), r.toString());
        assertEquals(0, calls.get());
    }

    @Test
    void anUnknownMethodIsMethodNotFound() {
        JsonNode r = assertResponse(gateway().handle(bytes("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"prompts/list\"}")), "Result");
        assertEquals(McpSchema.ErrorCodes.METHOD_NOT_FOUND, r.get("error").get("code").asInt());
        assertTrue(r.get("error").get("message").asString().contains("prompts/list"));
        assertEquals(8, r.get("id").asInt());
    }

    @Test
    void notificationsGetNoResponseAndReachNoServer() {
        AtomicInteger calls = new AtomicInteger();
        McpGateway g = gateway(GatewayFixtures.smallCatalog(), (instance, tool, args) -> {
            calls.incrementAndGet();
            return EchoDownstream.instant().call(instance, tool, args);
        }, 100);
        assertArrayEquals(McpGateway.NO_RESPONSE, g.handle(bytes("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")));
        assertArrayEquals(McpGateway.NO_RESPONSE, g.handle(bytes(
                "{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"weather__forecast\",\"arguments\":{\"query\":\"x\"}}}")));
        assertEquals(0, calls.get());
    }

    @Test
    void badToolsCallParamsAreInvalidParams() {
        McpGateway g = gateway();
        for (String params : List.of("{}", "{\"name\":7}", "{\"name\":\"weather__forecast\",\"arguments\":[1]}",
                "{\"name\":\"weather__forecast\",\"arguments\":\"q\"}")) {
            JsonNode r = assertResponse(g.handle(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":" + params + "}")),
                    "Result");
            assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, r.get("error").get("code").asInt(), params);
        }
        JsonNode noParams = assertResponse(g.handle(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\"}")), "Result");
        assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, noParams.get("error").get("code").asInt());
    }

    @Test
    void paginationWalksEveryToolOnceInCatalogOrder() {
        ToolCatalog catalog = GatewayFixtures.catalog(7, 3);
        McpGateway g = gateway(catalog, EchoDownstream.instant(), 4);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode r = assertResponse(g.handle(list(pages, cursor)), "ListToolsResult");
            JsonNode tools = r.get("result").get("tools");
            assertTrue(tools.size() <= 4 && tools.size() > 0);
            for (JsonNode t : tools) {
                seen.add(t.get("name").asString());
                assertEquals("object", t.get("inputSchema").get("type").asString());
                assertNotNull(t.get("description"));
            }
            JsonNode next = r.get("result").get("nextCursor");
            cursor = next == null ? null : next.asString();
            pages++;
        } while (cursor != null);
        List<String> expected = catalog.snapshot().entries().stream().map(CatalogEntry::qualifiedName).toList();
        assertEquals(expected, seen);
        assertEquals(6, pages);
    }

    @Test
    void theLastPageHasNoCursorAndASmallCatalogFitsOnePage() {
        JsonNode r = assertResponse(gateway().handle(list(1, null)), "ListToolsResult");
        assertEquals(3, r.get("result").get("tools").size());
        assertNull(r.get("result").get("nextCursor"));
        assertEquals("github__create_issue", r.get("result").get("tools").get(0).get("name").asString());
    }

    @Test
    void anyPageSizeWorks() {
        ToolCatalog catalog = GatewayFixtures.catalog(3, 3);
        JsonNode all = assertResponse(gateway(catalog, EchoDownstream.instant(), Integer.MAX_VALUE).handle(list(1, null)),
                "ListToolsResult");
        assertEquals(9, all.get("result").get("tools").size());
        assertNull(all.get("result").get("nextCursor"));
        JsonNode one = assertResponse(gateway(catalog, EchoDownstream.instant(), 1).handle(list(1, null)), "ListToolsResult");
        assertEquals(1, one.get("result").get("tools").size());
        assertNotNull(one.get("result").get("nextCursor"));
    }

    @Test
    void pagingSurvivesACatalogChangeWithoutRepeats() {
        ToolCatalog catalog = GatewayFixtures.catalog(3, 3);
        McpGateway g = gateway(catalog, EchoDownstream.instant(), 4);
        JsonNode first = assertResponse(g.handle(list(1, null)), "ListToolsResult");
        String cursor = first.get("result").get("nextCursor").asString();
        catalog.putServer("aaa", List.of(GatewayFixtures.tool("early")));
        catalog.putServer("zzz", List.of(GatewayFixtures.tool("late")));
        List<String> seen = new ArrayList<>();
        first.get("result").get("tools").forEach(t -> seen.add(t.get("name").asString()));
        while (cursor != null) {
            JsonNode r = assertResponse(g.handle(list(2, cursor)), "ListToolsResult");
            r.get("result").get("tools").forEach(t -> seen.add(t.get("name").asString()));
            JsonNode next = r.get("result").get("nextCursor");
            cursor = next == null ? null : next.asString();
        }
        assertEquals(seen.stream().distinct().sorted().toList(), seen, "ordered, no repeats");
        assertTrue(seen.contains("zzz__late"));
        assertFalse(seen.contains("aaa__early"), "a tool added before the cursor is not listed by this walk");
    }

    @Test
    void concurrentWalksStayOrderedWhileTheCatalogChanges() throws Exception {
        ToolCatalog catalog = GatewayFixtures.catalog(10, 5);
        McpGateway g = gateway(catalog, EchoDownstream.instant(), 7);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> walkers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                walkers.add(pool.submit(() -> {
                    int walks = 0;
                    for (int w = 0; w < 100; w++) {
                        List<String> seen = new ArrayList<>();
                        String cursor = null;
                        do {
                            JsonNode r = GatewayFixtures.tree(g.handle(list(w, cursor)));
                            r.get("result").get("tools").forEach(tool -> seen.add(tool.get("name").asString()));
                            JsonNode next = r.get("result").get("nextCursor");
                            cursor = next == null ? null : next.asString();
                        } while (cursor != null);
                        if (seen.equals(seen.stream().distinct().sorted().toList()) && seen.size() >= 50) {
                            walks++;
                        }
                    }
                    return walks;
                }));
            }
            for (int i = 0; i < 200; i++) {
                catalog.putServer("extra-" + (i % 20), List.of(GatewayFixtures.tool("t" + i)));
            }
            for (Future<Integer> f : walkers) {
                assertEquals(100, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"%%%not-base64\"", "\"Zm9vYmFy\"", "\"\"", "42", "{}"})
    void anInvalidCursorIsInvalidParams(String cursor) {
        JsonNode r = assertResponse(gateway().handle(bytes(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"cursor\":" + cursor + "}}")), "Result");
        assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, r.get("error").get("code").asInt(), cursor);
    }

    @Test
    void downstreamFailuresAreToolErrorsCountedAgainstTheInstance() {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        RoutingService routing = new RoutingService(
                RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN).withFailureThreshold(1_000_000), System::nanoTime);
        McpGateway g = McpGateway.builder().catalog(catalog)
                .router(routing).registry(GatewayFixtures.registry(catalog, 2))
                .downstream(EchoDownstream.failingEvery(5))
                .recorder(recorder).build();
        int n = 5_000;
        int failed = 0;
        for (int i = 0; i < n; i++) {
            JsonNode r = GatewayFixtures.tree(g.handle(call(i, "github__create_issue", "{\"query\":\"q" + i + "\"}")));
            if (r.get("result").get("isError").asBoolean()) {
                failed++;
                assertTrue(text(r).contains("failed"), text(r));
            }
        }
        assertEquals(0.2, failed / (double) n, 0.02);
        long errors = recorder.recorded.stream().filter(x -> CallRecorder.TOOL_ERROR.equals(x.errorType())).count();
        assertEquals(failed, errors);
        for (Instance instance : routing.instances("github")) {
            assertEquals(0, instance.inFlight());
        }
    }

    @Test
    void aServerWithoutHealthyInstancesGivesAToolError() {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        RoutingService routing = new RoutingService(RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN), System::nanoTime);
        McpGateway g = McpGateway.builder().catalog(catalog).downstream(EchoDownstream.instant())
                .router(routing).recorder(recorder).build();
        JsonNode unknown = assertResponse(g.handle(call(1, "weather__forecast", "{\"query\":\"x\"}")), "CallToolResult");
        assertTrue(unknown.get("result").get("isError").asBoolean());
        assertTrue(text(unknown).contains("weather"), text(unknown));
        routing.setInstances("weather", List.of());
        JsonNode empty = assertResponse(g.handle(call(2, "weather__forecast", "{\"query\":\"x\"}")), "CallToolResult");
        assertTrue(empty.get("result").get("isError").asBoolean());
    }

    @Test
    void theRegistryFeedsRoutingAsInstancesComeAndGo() {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        var registry = GatewayFixtures.registry(catalog, 1);
        McpGateway g = McpGateway.builder().catalog(catalog).downstream(EchoDownstream.instant())
                .registry(registry).build();
        assertEquals("forecast on weather-0: query=x", text(GatewayFixtures.tree(g.handle(call(1, "weather__forecast", "{\"query\":\"x\"}")))));
        registry.deregister("weather-0");
        assertTrue(GatewayFixtures.tree(g.handle(call(2, "weather__forecast", "{\"query\":\"x\"}"))).get("result").get("isError").asBoolean());
        registry.register(io.mcpbench.core.registry.ServiceInstance.of("weather-9", "weather",
                io.mcpbench.core.registry.ServiceType.MCP_SERVER, "mcp://weather/9"));
        assertEquals("forecast on weather-9: query=x", text(GatewayFixtures.tree(g.handle(call(3, "weather__forecast", "{\"query\":\"x\"}")))));
        g.close();
        registry.deregister("weather-9");
        assertEquals("forecast on weather-9: query=x", text(GatewayFixtures.tree(g.handle(call(4, "weather__forecast", "{\"query\":\"x\"}")))),
                "a closed gateway no longer follows the registry");
    }

    @Test
    void aThrowingDownstreamIsAToolErrorAndTheInstanceIsReleased() {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        RoutingService routing = new RoutingService(RoutingConfig.defaults(RoutingPolicy.LEAST_IN_FLIGHT), System::nanoTime);
        McpGateway g = McpGateway.builder().catalog(catalog).router(routing)
                .registry(GatewayFixtures.registry(catalog, 1))
                .downstream((instance, tool, args) -> {
                    throw new IllegalStateException("connection reset");
                }).build();
        JsonNode r = assertResponse(g.handle(call(1, "weather__forecast", "{\"query\":\"x\"}")), "CallToolResult");
        assertTrue(r.get("result").get("isError").asBoolean());
        assertTrue(text(r).contains("connection reset"));
        assertEquals(0, routing.instances("weather").get(0).inFlight());
    }

    @Test
    void aResultThatCannotBeWrittenIsAnInternalErrorAndTheInstanceIsReleased() {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        RoutingService routing = new RoutingService(RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN), System::nanoTime);
        McpGateway g = McpGateway.builder().catalog(catalog).router(routing)
                .registry(GatewayFixtures.registry(catalog, 1))
                .downstream((instance, tool, args) -> new McpSchema.CallToolResult(List.of(), false, new Unwritable(), null))
                .build();
        JsonNode r = assertResponse(g.handle(call(6, "weather__forecast", "{\"query\":\"x\"}")), "Result");
        assertEquals(McpSchema.ErrorCodes.INTERNAL_ERROR, r.get("error").get("code").asInt());
        assertEquals(6, r.get("id").asInt());
        assertEquals(0, routing.instances("weather").get(0).inFlight());
    }

    /** Structured content whose serialization fails. */
    public static final class Unwritable {
        public String getValue() {
            throw new IllegalStateException("cannot write");
        }
    }

    @Test
    void aDownstreamWithoutResultIsAToolError() {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        McpGateway g = McpGateway.builder().catalog(catalog).registry(GatewayFixtures.registry(catalog, 1))
                .downstream((instance, tool, args) -> null).build();
        JsonNode r = assertResponse(g.handle(call(7, "weather__forecast", "{\"query\":\"x\"}")), "CallToolResult");
        assertTrue(r.get("result").get("isError").asBoolean());
        assertTrue(text(r).contains("no result"), text(r));
    }

    @Test
    void metricsCarryMethodToolAndErrorType() {
        McpGateway g = gateway();
        g.handle(call(1, "weather__forecast", "{\"query\":\"x\"}"));
        g.handle(call(2, "weather__forecast", "{\"limit\":0}"));
        g.handle(call(3, "weather__nope", "{}"));
        g.handle(list(4, null));
        g.handle(list(5, "bad"));
        List<Recorded> r = new ArrayList<>(recorder.recorded);
        assertEquals(5, r.size());
        assertEquals(new Recorded("tools/call", "weather__forecast", null, r.get(0).durationNanos()), r.get(0));
        assertEquals(new Recorded("tools/call", "weather__forecast", "tool_error", r.get(1).durationNanos()), r.get(1));
        assertEquals(new Recorded("tools/call", null, "-32602", r.get(2).durationNanos()), r.get(2));
        assertEquals(new Recorded("tools/list", null, null, r.get(3).durationNanos()), r.get(3));
        assertEquals(new Recorded("tools/list", null, "-32602", r.get(4).durationNanos()), r.get(4));
        assertTrue(r.stream().allMatch(x -> x.durationNanos() > 0));
    }

    @Test
    void operationMetricsGetTheOpenTelemetryNamesAndAttributes() {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        MetricsCollector collector = new MetricsCollector();
        McpGateway g = McpGateway.builder().catalog(catalog).registry(GatewayFixtures.registry(catalog, 1))
                .downstream(EchoDownstream.instant()).metrics(McpOperationMetrics.server(collector)).build();
        for (int i = 0; i < 5; i++) {
            g.handle(call(i, "weather__forecast", "{\"query\":\"x\"}"));
        }
        g.handle(call(9, "weather__forecast", "{}"));
        g.handle(call(10, "nope__nope", "{}"));
        Map<Attributes, Long> counts = new HashMap<>();
        for (MetricSnapshot m : collector.getMetricsByName("mcp.server.operation.duration")) {
            counts.put(m.attributes(), m.histogram().count());
        }
        assertEquals(Map.of(
                Attributes.of("mcp.method.name", "tools/call", "gen_ai.tool.name", "weather__forecast"), 5L,
                Attributes.of("mcp.method.name", "tools/call", "gen_ai.tool.name", "weather__forecast", "error.type", "tool_error"), 1L,
                Attributes.of("mcp.method.name", "tools/call", "error.type", "-32602"), 1L), counts);
    }

    @Test
    @Timeout(60)
    void aShedCallIsAToolErrorThatConformsToTheSchemaAndIsRecordedAsOverloaded() throws Exception {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        GatedDownstream hanging = new GatedDownstream();
        McpGateway g = McpGateway.builder().catalog(catalog)
                .registry(GatewayFixtures.registry(catalog, 2))
                .downstream(hanging)
                .recorder(recorder)
                .config(GatewayConfig.defaults().withMaxInFlight(1))
                .build();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<byte[]> held = pool.submit(() -> g.handle(call(1, "github__search_issues", "{\"query\":\"q\"}")));
            hanging.awaitWaiting(1);
            JsonNode r = assertResponse(g.handle(call("shed-1", "weather__forecast", "{\"query\":\"x\"}")), "CallToolResult");
            assertEquals("shed-1", r.get("id").asString());
            assertTrue(r.get("result").get("isError").asBoolean());
            assertTrue(text(r).startsWith(McpGateway.OVERLOADED + "tool weather__forecast was not run"), text(r));
            assertTrue(text(r).contains("the gateway has 1 calls in flight"), text(r));
            assertEquals(1, hanging.calls(), "a shed call never reaches the downstream");
            hanging.open();
            JsonNode ok = assertResponse(held.get(), "CallToolResult");
            assertFalse(ok.get("result").get("isError").asBoolean());
        } finally {
            hanging.open();
            pool.shutdownNow();
        }
        Recorded shed = recorder.recorded.stream().filter(x -> x.toolName().equals("weather__forecast")).findFirst().orElseThrow();
        assertEquals(CallRecorder.OVERLOADED, shed.errorType());
        assertEquals(1, g.shedCalls());
        assertEquals(0, g.inFlight());
    }

    @Test
    void concurrentCallsAreAllAnsweredAndAllRoutesCompleted() throws Exception {
        ToolCatalog catalog = GatewayFixtures.catalog(5, 4);
        RoutingService routing = new RoutingService(
                RoutingConfig.defaults(RoutingPolicy.POWER_OF_TWO_CHOICES).withFailureThreshold(1_000_000), System::nanoTime);
        McpGateway g = McpGateway.builder().catalog(catalog).router(routing)
                .registry(GatewayFixtures.registry(catalog, 3))
                .downstream(EchoDownstream.failingEvery(10))
                .recorder(recorder).build();
        int threads = 4;
        int calls = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int answered = 0;
                    for (int i = 0; i < calls; i++) {
                        String id = thread + "-" + i;
                        String tool = "server-" + (i % 5) + "__tool_" + (i % 4);
                        JsonNode r = GatewayFixtures.tree(g.handle(call(id, tool, "{\"query\":\"" + id + "\"}"), id));
                        if (id.equals(r.get("id").asString()) && r.get("result").has("isError")) {
                            answered++;
                        }
                    }
                    return answered;
                }));
            }
            int answered = 0;
            for (Future<Integer> f : futures) {
                answered += f.get();
            }
            assertEquals(threads * calls, answered);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * calls, recorder.recorded.size());
        for (String server : catalog.snapshot().serverIds()) {
            for (Instance instance : routing.instances(server)) {
                assertEquals(0, instance.inFlight(), instance.toString());
            }
        }
    }

    @Test
    void aSessionKeyIsOptionalUnderAffinityPolicies() {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        McpGateway g = McpGateway.builder().catalog(catalog).downstream(EchoDownstream.instant())
                .router(new RoutingService(RoutingConfig.defaults(RoutingPolicy.SESSION_AFFINITY), System::nanoTime))
                .registry(GatewayFixtures.registry(catalog, 3)).build();
        String first = text(GatewayFixtures.tree(g.handle(call(1, "weather__forecast", "{\"query\":\"x\"}"), "session-a")));
        for (int i = 0; i < 20; i++) {
            assertEquals(first, text(GatewayFixtures.tree(g.handle(call(i, "weather__forecast", "{\"query\":\"x\"}"), "session-a"))));
        }
        JsonNode anonymous = GatewayFixtures.tree(g.handle(call(2, "weather__forecast", "{\"query\":\"x\"}")));
        assertFalse(anonymous.get("result").get("isError").asBoolean());
    }
}
