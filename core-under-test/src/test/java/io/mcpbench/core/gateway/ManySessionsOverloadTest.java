package io.mcpbench.core.gateway;

import static io.mcpbench.core.gateway.GatewayFixtures.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import io.modelcontextprotocol.spec.McpSchema;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * The reliability target: 10,000 open sessions in front of servers that hang or fail, with more
 * calls than the gateway admits. Every call beyond the in-flight limit comes back at once as an
 * overload error (the hanging server's gate stays shut while they are made, so a call that was
 * not shed would never return), the heap the sessions hold stays small and bounded, one more
 * session is refused, and closing them all gives the memory back and leaves routing no binding.
 */
class ManySessionsOverloadTest {

    private static final int SESSIONS = 10_000;
    private static final int SERVERS = 20;
    private static final int MAX_IN_FLIGHT = 16;
    private static final int MAX_IN_FLIGHT_PER_SERVER = 4;
    /**
     * The heap one open session may hold: its gateway object and its affinity bindings on two
     * servers take a few hundred bytes, so a session that kept a request, a response or a parsed
     * tree (each some KiB) would break it.
     */
    private static final long MAX_BYTES_PER_SESSION = 4 * 1024;
    /**
     * What may stay after every session closed: routing's hash tables keep their capacity (about a
     * quarter of this); 20,000 bindings left behind, with their session ids, would hold more.
     */
    private static final long MAX_BYTES_LEFT_AFTER_CLOSE = 1024 * 1024;

    /** {@code tool_0} hangs at the gate; {@code tool_1} fails at once, as a server that is down answers. */
    private static final class HangingOrFailing implements Downstream {
        final GatedDownstream hanging = new GatedDownstream();

        @Override
        public McpSchema.CallToolResult call(String instanceId, String toolName, JsonNode arguments) {
            if (toolName.equals("tool_0")) {
                return hanging.call(instanceId, toolName, arguments);
            }
            return new McpSchema.CallToolResult(List.of(McpSchema.TextContent.builder(toolName + " failed: server down").build()),
                    true, null, (Map<String, Object>) null);
        }
    }

    private static String server(int i) {
        return "server-" + Math.floorMod(i, SERVERS);
    }

    private static String text(JsonNode response) {
        return response.get("result").get("content").get(0).get("text").asString();
    }

    @Test
    @Timeout(300)
    void tenThousandSessionsUnderOverloadShedFastAndHoldBoundedMemory() throws Exception {
        ToolCatalog catalog = GatewayFixtures.catalog(SERVERS, 2);
        RoutingService routing = new RoutingService(
                RoutingConfig.defaults(RoutingPolicy.SESSION_AFFINITY).withFailureThreshold(Integer.MAX_VALUE), System::nanoTime);
        HangingOrFailing downstream = new HangingOrFailing();
        McpGateway g = McpGateway.builder().catalog(catalog).router(routing)
                .registry(GatewayFixtures.registry(catalog, 2))
                .downstream(downstream)
                .config(GatewayConfig.defaults().withMaxInFlight(MAX_IN_FLIGHT).withMaxInFlightPerServer(MAX_IN_FLIGHT_PER_SERVER)
                        .withMaxSessions(SESSIONS))
                .build();
        byte[][] failing = new byte[SERVERS][];
        byte[][] hanging = new byte[SERVERS][];
        for (int k = 0; k < SERVERS; k++) {
            failing[k] = call(k, server(k) + "__tool_1", "{\"query\":\"q\"}");
            hanging[k] = call(k, server(k) + "__tool_0", "{\"query\":\"q\"}");
        }
        // One session's life first, so classes and lazily built shared state are not charged to the sessions.
        try (GatewaySession warm = g.openSession()) {
            warm.handle(failing[0]);
        }
        long before = usedHeapAfterGc();

        GatewaySession[] sessions = new GatewaySession[SESSIONS];
        for (int s = 0; s < SESSIONS; s++) {
            sessions[s] = g.openSession();
            for (int k = 0; k < 2; k++) {
                JsonNode r = GatewayFixtures.tree(sessions[s].handle(failing[Math.floorMod(s + 7 * k, SERVERS)]));
                assertTrue(text(r).endsWith("failed: server down"), text(r));
            }
        }
        SessionLimitException refused = assertThrows(SessionLimitException.class, g::openSession, "session 10,001");
        assertEquals(SESSIONS, refused.limit());
        assertEquals(SESSIONS, g.openSessions());

        // Fill every in-flight slot with calls that hang: 4 servers x 4 per-server slots = the gateway's 16.
        ExecutorService blockers = Executors.newFixedThreadPool(MAX_IN_FLIGHT);
        List<Future<byte[]>> held = new ArrayList<>();
        long shedResponses = 0;
        try {
            for (int b = 0; b < MAX_IN_FLIGHT; b++) {
                GatewaySession session = sessions[b];
                byte[] request = hanging[b % (MAX_IN_FLIGHT / MAX_IN_FLIGHT_PER_SERVER)];
                held.add(blockers.submit(() -> session.handle(request)));
            }
            downstream.hanging.awaitWaiting(MAX_IN_FLIGHT);
            assertEquals(MAX_IN_FLIGHT, g.inFlight());
            int reached = downstream.hanging.calls();

            // Every session calls the hanging tool once more: beyond the limits, so all are shed, at once.
            for (int s = 0; s < SESSIONS; s++) {
                JsonNode r = GatewayFixtures.tree(sessions[s].handle(hanging[s % SERVERS]));
                assertTrue(r.get("result").get("isError").asBoolean(), r.toString());
                assertTrue(text(r).startsWith(McpGateway.OVERLOADED), text(r));
                shedResponses++;
            }
            assertEquals(reached, downstream.hanging.calls(), "no shed call reached the hanging server");
            assertEquals(SESSIONS, g.shedCalls());

            long open = usedHeapAfterGc();
            long perSession = (open - before) / SESSIONS;
            assertTrue(perSession < MAX_BYTES_PER_SESSION, "each open session holds " + perSession + " bytes of heap ("
                    + (open - before) + " for " + SESSIONS + ")");
        } finally {
            downstream.hanging.open();
            blockers.shutdown();
        }
        for (Future<byte[]> f : held) {
            assertFalse(GatewayFixtures.tree(f.get()).get("result").get("isError").asBoolean(), "a held call completes once the server answers");
        }
        assertEquals(SESSIONS, shedResponses);
        assertEquals(0, g.inFlight());

        for (GatewaySession session : sessions) {
            session.close();
        }
        assertEquals(0, g.openSessions());
        for (int s = 0; s < SESSIONS; s++) {
            for (int k = 0; k < 2; k++) {
                String id = sessions[s].id();
                assertFalse(routing.endSession(server(s + 7 * k), id), id + " is still bound on " + server(s + 7 * k));
            }
        }
        Arrays.fill(sessions, null);
        long after = usedHeapAfterGc();
        assertTrue(after - before < MAX_BYTES_LEFT_AFTER_CLOSE, (after - before) + " bytes left after every session closed");
        g.openSession().close();
    }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** Used heap after full collections, repeated until two readings agree within 64 KiB (at most 5), the lower kept. */
    private static long usedHeapAfterGc() {
        long previous = collectAndRead();
        for (int i = 1; i < 5; i++) {
            long now = collectAndRead();
            boolean settled = Math.abs(now - previous) <= 64 * 1024;
            previous = Math.min(previous, now);
            if (settled) {
                break;
            }
        }
        return previous;
    }

    private static long collectAndRead() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
