package io.mcpbench.workload.gateway;

import static io.mcpbench.core.gateway.McpSchemaCheck.assertResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.workload.arguments.ArgumentGenerator;
import io.mcpbench.workload.arguments.ArgumentSize;
import io.mcpbench.workload.arguments.InvalidArguments;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole path over a realistic generated catalog: arguments the generator says are valid pass,
 * and arguments it broke in one known way come back as a tool error naming the broken field.
 */
class GeneratedCatalogGatewayTest {

    private static byte[] call(int id, String tool, String arguments) {
        return ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validAndInvalidArgumentsOfEveryTool() {
        try (McpGateway g = Gateways.generated(2026, 200, 2).build()) {
            ArgumentGenerator args = new ArgumentGenerator(7);
            List<CatalogEntry> entries = g.catalog().snapshot().entries();
            assertEquals(200, entries.size());
            int id = 0;
            int invalidChecked = 0;
            List<String> misses = new ArrayList<>();
            for (CatalogEntry e : entries) {
                for (ArgumentSize size : ArgumentSize.values()) {
                    JsonNode ok = assertResponse(g.handle(call(id++, e.qualifiedName(), args.valid(e.tool(), size))), "CallToolResult");
                    if (ok.get("result").get("isError").asBoolean()) {
                        misses.add(e.qualifiedName() + " " + ok.get("result").get("content").get(0).get("text").asString());
                    }
                }
                InvalidArguments bad;
                try {
                    bad = args.invalidArguments(e.tool());
                } catch (IllegalArgumentException acceptsEverything) {
                    continue;
                }
                JsonNode r = assertResponse(g.handle(call(id++, e.qualifiedName(), bad.json())), "CallToolResult");
                assertTrue(r.get("result").get("isError").asBoolean(), e.qualifiedName() + " accepted " + bad);
                String text = r.get("result").get("content").get(0).get("text").asString();
                assertTrue(text.contains(bad.field()), text + " does not name " + bad.field() + " (" + bad.violation() + ")");
                invalidChecked++;
            }
            assertEquals(List.of(), misses);
            assertTrue(invalidChecked > 150, "invalid cases checked: " + invalidChecked);
        }
    }

    @Test
    void theSameSeedGivesTheSameCatalog() {
        try (McpGateway a = Gateways.generated(5, 50, 1).build(); McpGateway b = Gateways.generated(5, 50, 1).build()) {
            byte[] list = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}".getBytes(StandardCharsets.UTF_8);
            assertEquals(new String(a.handle(list), StandardCharsets.UTF_8), new String(b.handle(list), StandardCharsets.UTF_8));
            assertFalse(a.catalog().snapshot().entries().isEmpty());
        }
    }
}
