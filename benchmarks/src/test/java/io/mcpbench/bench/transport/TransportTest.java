package io.mcpbench.bench.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.workload.arguments.ArgumentGenerator;
import io.mcpbench.workload.arguments.ArgumentSize;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.gateway.Gateways;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransportTest {

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theGatewayAnswersInitializeListAndCallOnEveryTransport(Transport transport) {
        ToolCatalog catalog = new ToolCatalog(new CatalogGenerator(5).snapshot(30));
        McpGateway gateway = Gateways.over(catalog, 2).build();
        try (Transport.Served served = transport.serve(gateway, McpJsonDefaults.getMapper())) {
            McpSyncClient client = McpClient.sync(served.clients().get()).requestTimeout(Duration.ofSeconds(10)).build();
            try {
                assertEquals("mcpbench-gateway", client.initialize().serverInfo().name());
                assertEquals(30, client.listTools().tools().size());
                CatalogEntry entry = catalog.snapshot().entries().get(0);
                // the instant downstream echoes the instance the gateway routed to
                Map<String, Object> valid = JsonMapper.shared().readValue(new ArgumentGenerator(5).valid(entry.tool(), ArgumentSize.SMALL),
                        new TypeReference<Map<String, Object>>() { });
                McpSchema.CallToolResult ok = client.callTool(McpSchema.CallToolRequest.builder(entry.qualifiedName())
                        .arguments(valid).build());
                String text = ((McpSchema.TextContent) ok.content().get(0)).text();
                assertTrue(text.startsWith(entry.toolName() + " on " + entry.serverId() + "-"), text);
                // the gateway, not the SDK, validates: missing required arguments are its tool error
                McpSchema.CallToolResult invalid = client.callTool(McpSchema.CallToolRequest.builder(entry.qualifiedName())
                        .arguments(Map.of()).build());
                assertTrue(invalid.isError());
                assertTrue(((McpSchema.TextContent) invalid.content().get(0)).text().startsWith("Invalid arguments for tool"));
                // the gateway's JSON-RPC error for an unknown tool reaches the client as one
                assertThrows(RuntimeException.class, () -> client.callTool(
                        McpSchema.CallToolRequest.builder("no__such_tool").arguments(Map.of()).build()));
            } finally {
                client.closeGracefully();
            }
        }
        gateway.close();
    }

    @ParameterizedTest
    @EnumSource(value = Transport.class, names = "HTTP_.*", mode = EnumSource.Mode.MATCH_ANY)
    void httpListensOnLoopbackOnAFreePort(Transport transport) {
        McpGateway gateway = Gateways.generated(5, 10, 1).build();
        try (Transport.Served a = transport.serve(gateway, McpJsonDefaults.getMapper());
             Transport.Served b = transport.serve(gateway, McpJsonDefaults.getMapper())) {
            assertFalse(a.clients().get() == null);
            assertFalse(b.clients().get() == null, "two servers at once: each took its own free port");
        }
        gateway.close();
    }
}
