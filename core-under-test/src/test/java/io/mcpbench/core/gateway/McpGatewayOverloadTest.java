package io.mcpbench.core.gateway;

import static io.mcpbench.core.gateway.GatewayFixtures.call;
import static io.mcpbench.core.gateway.McpSchemaCheck.assertResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.GatewayFixtures.ListRecorder;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** In-flight limits: what is over them is answered at once with an overload error, never queued. */
class McpGatewayOverloadTest {

    private static String text(JsonNode response) {
        return response.get("result").get("content").get(0).get("text").asString();
    }

    private static boolean isShed(JsonNode response) {
        return response.get("result").get("isError").asBoolean() && text(response).startsWith(McpGateway.OVERLOADED);
    }

    @Test
    @Timeout(60)
    void aFullServerIsShedWhileOtherServersStillRun() throws Exception {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        GatedDownstream hanging = new GatedDownstream();
        ListRecorder recorder = new ListRecorder();
        McpGateway g = McpGateway.builder().catalog(catalog)
                .registry(GatewayFixtures.registry(catalog, 2))
                .downstream(hanging)
                .recorder(recorder)
                .config(GatewayConfig.defaults().withMaxInFlight(3).withMaxInFlightPerServer(2))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> held = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int id = i;
                held.add(pool.submit(() -> g.handle(call(id, "weather__forecast", "{\"query\":\"x\"}"))));
            }
            hanging.awaitWaiting(2);

            JsonNode serverFull = assertResponse(g.handle(call(10, "weather__forecast", "{\"query\":\"y\"}")), "CallToolResult");
            assertTrue(isShed(serverFull), serverFull.toString());
            assertTrue(text(serverFull).contains("server weather has 2 calls in flight"), text(serverFull));

            held.add(pool.submit(() -> g.handle(call(3, "github__search_issues", "{\"query\":\"x\"}"))));
            hanging.awaitWaiting(3);
            assertEquals(3, g.inFlight());

            JsonNode gatewayFull = assertResponse(g.handle(call(11, "github__create_issue", "{\"query\":\"z\"}")), "CallToolResult");
            assertTrue(isShed(gatewayFull), gatewayFull.toString());
            assertTrue(text(gatewayFull).contains("the gateway has 3 calls in flight"), text(gatewayFull));

            JsonNode invalid = assertResponse(g.handle(call(12, "github__create_issue", "{}")), "CallToolResult");
            assertFalse(isShed(invalid), "a call with invalid arguments gets its own error, overload or not");
            assertEquals(3, hanging.calls(), "shed calls never reach the downstream");
            assertEquals(2, g.shedCalls());

            hanging.open();
            for (Future<byte[]> f : held) {
                assertFalse(GatewayFixtures.tree(f.get()).get("result").get("isError").asBoolean());
            }
        } finally {
            hanging.open();
            pool.shutdownNow();
        }
        assertEquals(0, g.inFlight());
        assertFalse(isShed(GatewayFixtures.tree(g.handle(call(20, "weather__forecast", "{\"query\":\"x\"}")))),
                "slots come back when calls finish");
        assertEquals(2, recorder.recorded.stream().filter(r -> CallRecorder.OVERLOADED.equals(r.errorType())).count());
    }

    @Test
    void aThrowingDownstreamGivesItsSlotsBack() {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        McpGateway g = McpGateway.builder().catalog(catalog)
                .router(new RoutingService(RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN).withFailureThreshold(1_000_000), System::nanoTime))
                .registry(GatewayFixtures.registry(catalog, 1))
                .downstream((instance, tool, args) -> {
                    throw new IllegalStateException("connection reset");
                })
                .config(GatewayConfig.defaults().withMaxInFlight(1).withMaxInFlightPerServer(1))
                .build();
        for (int i = 0; i < 10; i++) {
            JsonNode r = GatewayFixtures.tree(g.handle(call(i, "weather__forecast", "{\"query\":\"x\"}")));
            assertTrue(text(r).contains("connection reset"), text(r));
        }
        assertEquals(0, g.inFlight());
        assertEquals(0, g.shedCalls());
    }

    @Test
    @Timeout(120)
    void underConcurrentLoadTheDownstreamNeverRunsMoreThanTheLimitAndEveryCallIsAnswered() throws Exception {
        ToolCatalog catalog = GatewayFixtures.catalog(4, 2);
        int limit = 3;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger reached = new AtomicInteger();
        Downstream slow = (instance, tool, args) -> {
            reached.incrementAndGet();
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                LockSupport.parkNanos(20_000);
                return new McpSchema.CallToolResult(List.of(McpSchema.TextContent.builder("ok").build()), false, null,
                        (Map<String, Object>) null);
            } finally {
                running.decrementAndGet();
            }
        };
        RoutingService routing = new RoutingService(
                RoutingConfig.defaults(RoutingPolicy.LEAST_IN_FLIGHT).withFailureThreshold(1_000_000), System::nanoTime);
        McpGateway g = McpGateway.builder().catalog(catalog).router(routing)
                .registry(GatewayFixtures.registry(catalog, 2))
                .downstream(slow)
                .config(GatewayConfig.defaults().withMaxInFlight(limit))
                .build();
        int threads = 8;
        int calls = 1_000;
        List<int[]> outcomes = GatewayFixtures.onThreads(threads, thread -> {
            int[] outcome = new int[2];
            for (int i = 0; i < calls; i++) {
                String tool = "server-" + ((thread + i) % 4) + "__tool_" + (i % 2);
                JsonNode r = GatewayFixtures.tree(g.handle(call(i, tool, "{\"query\":\"q\"}")));
                outcome[isShed(r) ? 1 : 0]++;
            }
            return outcome;
        });
        int ok = outcomes.stream().mapToInt(o -> o[0]).sum();
        int shed = outcomes.stream().mapToInt(o -> o[1]).sum();
        assertEquals(threads * calls, ok + shed);
        assertTrue(most.get() <= limit, most.get() + " calls ran at once, over the limit of " + limit);
        assertEquals(ok, reached.get(), "every admitted call, and no shed one, reached the downstream");
        assertEquals(shed, g.shedCalls());
        assertEquals(0, g.inFlight());
        for (String server : catalog.snapshot().serverIds()) {
            for (Instance instance : routing.instances(server)) {
                assertEquals(0, instance.inFlight(), instance.toString());
            }
        }
    }
}
