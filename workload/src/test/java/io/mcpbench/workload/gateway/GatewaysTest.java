package io.mcpbench.workload.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.GatewayFixtures;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import io.mcpbench.core.routing.Instance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewaysTest {

    @Test
    void everyServerGetsItsInstances() {
        ToolCatalog catalog = GatewayFixtures.catalog(3, 2);
        ServiceRegistry registry = Gateways.registryFor(catalog, 4);
        Map<String, List<String>> byServer = registry.instanceIdsByName(ServiceType.MCP_SERVER);
        assertEquals(3, byServer.size());
        assertEquals(List.of("server-1-0", "server-1-1", "server-1-2", "server-1-3"), byServer.get("server-1"));
    }

    @Test
    void aReadyMadeGatewayRoutesOverThoseInstances() {
        ToolCatalog catalog = GatewayFixtures.catalog(2, 2);
        try (McpGateway g = Gateways.over(catalog, 3).build()) {
            assertEquals(List.of("server-0-0", "server-0-1", "server-0-2"),
                    g.routing().instances("server-0").stream().map(Instance::id).toList());
            String text = GatewayFixtures.tree(g.handle(GatewayFixtures.call(1, "server-1__tool_0", "{\"query\":\"q\"}")))
                    .get("result").get("content").get(0).get("text").asString();
            assertEquals("tool_0 on server-1-0: query=q", text);
        }
    }

    @Test
    void atLeastOneInstanceIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> Gateways.registryFor(GatewayFixtures.smallCatalog(), 0));
    }
}
