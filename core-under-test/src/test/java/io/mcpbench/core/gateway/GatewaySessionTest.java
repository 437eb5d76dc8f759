package io.mcpbench.core.gateway;

import static io.mcpbench.core.gateway.GatewayFixtures.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Sessions are bounded in number, and a closed one leaves nothing behind in routing. */
class GatewaySessionTest {

    private static final int SERVERS = 4;

    private final ToolCatalog catalog = GatewayFixtures.catalog(SERVERS, 2);
    private final RoutingService routing = new RoutingService(RoutingConfig.defaults(RoutingPolicy.SESSION_AFFINITY), System::nanoTime);

    private McpGateway gateway(GatewayConfig config) {
        return McpGateway.builder().catalog(catalog).router(routing)
                .registry(GatewayFixtures.registry(catalog, 3)).downstream(EchoDownstream.instant())
                .config(config)
                .build();
    }

    /** Calls a tool of each of the two servers session {@code s} uses. */
    private static void callTwoServers(GatewaySession session, int s) {
        for (int k = 0; k < 2; k++) {
            JsonNode r = GatewayFixtures.tree(session.handle(call(k, server(s, k) + "__tool_0", "{\"query\":\"q\"}")));
            assertFalse(r.get("result").get("isError").asBoolean(), r.toString());
        }
    }

    private static String server(int session, int k) {
        return "server-" + ((session + k) % SERVERS);
    }

    @Test
    void closingSessionsEndsTheirRoutingBindings() {
        McpGateway g = gateway(GatewayConfig.defaults());
        int n = 200;
        List<GatewaySession> sessions = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            GatewaySession session = g.openSession();
            callTwoServers(session, s);
            sessions.add(session);
        }
        assertEquals(n, g.openSessions());
        // The probe can fail: for an open session routing does hold a binding on each server it called.
        GatewaySession probe = sessions.get(0);
        assertTrue(routing.endSession(server(0, 0), probe.id()));
        assertFalse(routing.endSession(server(0, 2), probe.id()), "a server the session never called holds nothing");
        for (GatewaySession session : sessions) {
            session.close();
            assertFalse(session.isOpen());
        }
        assertEquals(0, g.openSessions());
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < SERVERS; k++) {
                assertFalse(routing.endSession("server-" + k, sessions.get(s).id()), sessions.get(s) + " still bound on server-" + k);
            }
        }
    }

    @Test
    void sessionIdsAreDistinctAndAClosedSessionRefusesCalls() {
        McpGateway g = gateway(GatewayConfig.defaults());
        GatewaySession a = g.openSession();
        GatewaySession b = g.openSession();
        assertNotEquals(a.id(), b.id());
        a.close();
        a.close();
        assertEquals(1, g.openSessions(), "closing twice gives one place back");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> a.handle(call(1, "server-0__tool_0", "{\"query\":\"q\"}")));
        assertEquals("session " + a.id() + " is closed", e.getMessage());
    }

    @Test
    void sessionsBeyondTheLimitAreRefusedUntilOneCloses() {
        McpGateway g = gateway(GatewayConfig.defaults().withMaxSessions(3));
        List<GatewaySession> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(g.openSession());
        }
        SessionLimitException e = assertThrows(SessionLimitException.class, g::openSession);
        assertEquals(3, e.limit());
        assertTrue(e.getMessage().contains("3 open sessions") && e.getMessage().contains("maxSessions"), e.getMessage());
        assertEquals(3, g.openSessions());
        open.get(1).close();
        GatewaySession again = g.openSession();
        assertTrue(again.isOpen());
        assertThrows(SessionLimitException.class, g::openSession);
    }

    @Test
    void aCallerChosenKeyIsEndedOnEveryServer() {
        McpGateway g = gateway(GatewayConfig.defaults());
        for (int k = 0; k < SERVERS; k++) {
            g.handle(call(k, "server-" + k + "__tool_1", "{\"query\":\"q\"}"), "agent-7");
        }
        g.endSession("agent-7");
        for (int k = 0; k < SERVERS; k++) {
            assertFalse(routing.endSession("server-" + k, "agent-7"));
        }
        assertThrows(NullPointerException.class, () -> g.endSession(null));
    }

    @Test
    void concurrentOpensNeverExceedTheLimitAndEveryPlaceComesBack() throws Exception {
        int limit = 8;
        McpGateway g = gateway(GatewayConfig.defaults().withMaxSessions(limit));
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        int threads = 6;
        int attempts = 3_000;
        List<int[]> outcomes = GatewayFixtures.onThreads(threads, thread -> {
            int[] outcome = new int[2];
            for (int i = 0; i < attempts; i++) {
                GatewaySession s;
                try {
                    s = g.openSession();
                } catch (SessionLimitException e) {
                    outcome[1]++;
                    continue;
                }
                outcome[0]++;
                most.accumulateAndGet(holding.incrementAndGet(), Math::max);
                if ((i & 15) == 0) {
                    callTwoServers(s, thread + i);
                }
                holding.decrementAndGet();
                s.close();
            }
            return outcome;
        });
        int opened = outcomes.stream().mapToInt(o -> o[0]).sum();
        int refused = outcomes.stream().mapToInt(o -> o[1]).sum();
        assertEquals(threads * attempts, opened + refused);
        assertTrue(most.get() <= limit, most.get() + " sessions open at once");
        assertEquals(0, g.openSessions());
    }

    @Test
    void callsRacingWithCloseLeaveNoBinding() throws Exception {
        McpGateway g = gateway(GatewayConfig.defaults());
        int rounds = 200;
        int threads = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < rounds; round++) {
                GatewaySession session = g.openSession();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> callers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    callers.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < 50; i++) {
                            try {
                                session.handle(call(i, "server-" + ((thread + i) % SERVERS) + "__tool_0", "{\"query\":\"q\"}"));
                            } catch (IllegalStateException closed) {
                                return null;
                            }
                        }
                        return null;
                    }));
                }
                go.countDown();
                session.close();
                for (Future<?> f : callers) {
                    f.get();
                }
                for (int k = 0; k < SERVERS; k++) {
                    assertFalse(routing.endSession("server-" + k, session.id()), "round " + round + ": still bound on server-" + k);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, g.openSessions());
    }
}
