package io.mcpbench.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.gateway.EchoDownstream;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InProcessSessionTest {

    @ParameterizedTest
    @EnumSource(TransportMode.class)
    void initializeListAndCallThroughTheSdk(TransportMode mode) {
        try (InProcessServer server = InProcessServer.builder(SessionFixtures.catalog(), EchoDownstream.instant()).transportMode(mode).build();
                InProcessSession session = server.openSession()) {
            McpSchema.InitializeResult init = session.initialize();
            assertEquals("mcpbench-in-process", init.serverInfo().name());
            assertNotNull(init.capabilities().tools());
            assertEquals(1, server.openSessions());

            McpSchema.ListToolsResult tools = session.listTools();
            assertEquals(List.of("github__create_issue", "github__search_issues", "weather__forecast"),
                    tools.tools().stream().map(McpSchema.Tool::name).sorted().collect(Collectors.toList()));

            McpSchema.CallToolResult result = session.callTool("weather__forecast", Map.of("query", "Oslo"));
            assertFalse(Boolean.TRUE.equals(result.isError()), result.toString());
            assertEquals("forecast on in-process: query=Oslo", ((McpSchema.TextContent) result.content().get(0)).text());
        }
    }

    @Test
    void theSdkValidatesArgumentsAgainstTheSchema() {
        try (InProcessServer server = InProcessServer.builder(SessionFixtures.catalog(), EchoDownstream.instant()).build();
                InProcessSession session = server.connect()) {
            McpSchema.CallToolResult result = session.callTool("github__search_issues", Map.of("limit", 1000));
            assertTrue(Boolean.TRUE.equals(result.isError()), result.toString());
        }
    }

    @Test
    void closingASessionClosesItsServerSession() {
        try (InProcessServer server = InProcessServer.builder(SessionFixtures.catalog(), EchoDownstream.instant()).build()) {
            InProcessSession a = server.connect();
            InProcessSession b = server.connect();
            assertEquals(2, server.openSessions());
            a.close();
            assertEquals(1, server.openSessions());
            b.close();
            assertEquals(0, server.openSessions());
        }
    }

    @Test
    void openingAndClosingManySessionsLeavesNoThreads() throws InterruptedException {
        try (InProcessServer server = InProcessServer.builder(SessionFixtures.catalog(), EchoDownstream.instant()).build()) {
            // Request timeouts run on Reactor's shared parallel scheduler, one worker per core,
            // started on first use in turn: start them all before counting.
            try (InProcessSession warm = server.connect()) {
                for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors() + 2; i++) {
                    warm.callTool("weather__forecast", Map.of("query", "warm-up"));
                }
            }
            Set<String> before = liveThreads();
            for (int i = 0; i < 100; i++) {
                try (InProcessSession s = server.connect()) {
                    McpSchema.CallToolResult r = s.callTool("github__create_issue", Map.of("query", "q" + i));
                    assertFalse(Boolean.TRUE.equals(r.isError()));
                }
            }
            assertEquals(0, server.openSessions());
            Set<String> extra = settle(before);
            assertTrue(extra.isEmpty(), "threads left behind: " + extra);
            assertNotEquals(0, before.size());
        }
    }

    /** Threads alive now that were not alive before, after giving exiting threads a moment to end. */
    private static Set<String> settle(Set<String> before) throws InterruptedException {
        Set<String> extra = Set.of();
        for (int i = 0; i < 50; i++) {
            extra = liveThreads().stream().filter(t -> !before.contains(t)).collect(Collectors.toSet());
            if (extra.isEmpty()) {
                return extra;
            }
            Thread.sleep(100);
        }
        return extra;
    }

    private static Set<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(t -> t.getName() + "#" + t.getId())
                .collect(Collectors.toSet());
    }
}
