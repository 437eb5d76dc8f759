package io.mcpbench.bench.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.GatewayConfig;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.gateway.Gateways;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The byte scans read real gateway responses right. */
class ResponsesTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void failuresAreErrorsAndToolErrors() {
        assertTrue(Responses.isFailure(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,\"message\":\"x\"}}")));
        assertTrue(Responses.isFailure(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[],\"isError\":true}}")));
        assertFalse(Responses.isFailure(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[],\"isError\":false}}")));
        assertFalse(Responses.isFailure(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\","
                + "\"text\":\"\\\"error\\\":{ \\\"isError\\\":true\"}]}}")), "quoted text is not a failure");
        assertFalse(Responses.isFailure(new byte[0]));
    }

    @Test
    void overloadIsTheGatewaysShedAnswerOnly() {
        byte[] shed = bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\",\"text\":\""
                + McpGateway.OVERLOADED + "tool a__b was not run\"}],\"isError\":true}}");
        assertTrue(Responses.isOverloaded(shed));
        assertTrue(Responses.isFailure(shed));
        assertFalse(Responses.isOverloaded(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\","
                + "\"text\":\"a__b failed\"}],\"isError\":true}}")));
        assertFalse(Responses.isOverloaded(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\","
                + "\"text\":\"echo \\\"text\\\":\\\"" + McpGateway.OVERLOADED + "\"}],\"isError\":false}}")), "quoted text is not shedding");
        assertFalse(Responses.isOverloaded(new byte[0]));
    }

    @Test
    void aWalkByNextCursorVisitsEveryToolOnce() {
        try (McpGateway g = Gateways.over(new ToolCatalog(new CatalogGenerator(3).snapshot(250)), 1)
                .config(GatewayConfig.defaults().withPageSize(40)).build()) {
            Set<String> seen = new HashSet<>();
            int pages = 0;
            String cursor = null;
            do {
                byte[] page = g.handle(CallRequests.toolsList(pages + 1, cursor));
                assertFalse(Responses.isFailure(page), new String(page, StandardCharsets.UTF_8));
                String text = new String(page, StandardCharsets.UTF_8);
                for (int at = text.indexOf("{\"name\":\""); at >= 0; at = text.indexOf("{\"name\":\"", at + 1)) {
                    int from = at + 9;
                    assertTrue(seen.add(text.substring(from, text.indexOf('"', from))), "listed twice");
                }
                cursor = Responses.nextCursor(page);
                pages++;
            } while (cursor != null);
            assertEquals(7, pages);
            assertEquals(250, seen.size());
        }
    }

    @Test
    void theLastPageHasNoCursorAndABrokenOneIsRefused() {
        assertNull(Responses.nextCursor(bytes("{\"result\":{\"tools\":[{\"name\":\"a\",\"d\":\"\\\"nextCursor\\\":\\\"x\"}]}}")));
        assertEquals("dDE6YQ", Responses.nextCursor(bytes("{\"result\":{\"tools\":[],\"nextCursor\":\"dDE6YQ\"}}")));
        assertThrows(IllegalArgumentException.class, () -> Responses.nextCursor(bytes("{\"result\":{\"tools\":[],\"nextCursor\":\"dDE6")));
    }
}
