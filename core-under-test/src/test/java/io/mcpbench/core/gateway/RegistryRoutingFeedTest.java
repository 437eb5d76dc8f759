package io.mcpbench.core.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpbench.core.registry.ServiceInstance;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RegistryRoutingFeedTest {

    private final AtomicLong now = new AtomicLong();
    private final ServiceRegistry registry = new ServiceRegistry(Duration.ofSeconds(30), now::get);
    private final RoutingService routing = new RoutingService(RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN), now::get);

    private List<String> ids(String server) {
        return routing.instances(server).stream().map(Instance::id).toList();
    }

    private static ServiceInstance server(String id, String name) {
        return ServiceInstance.of(id, name, ServiceType.MCP_SERVER, "mcp://" + name + "/" + id);
    }

    @Test
    void existingAndLaterServersAreRoutable() {
        registry.register(server("a1", "a"));
        RegistryRoutingFeed.connect(registry, routing);
        assertEquals(List.of("a1"), ids("a"));
        registry.register(server("a2", "a"));
        registry.register(server("b1", "b"));
        assertEquals(List.of("a1", "a2"), ids("a"));
        assertEquals(List.of("b1"), ids("b"));
    }

    @Test
    void deregisteredAndExpiredInstancesLeave() {
        RegistryRoutingFeed.connect(registry, routing);
        registry.register(server("a1", "a"));
        registry.register(server("a2", "a"));
        registry.deregister("a1");
        assertEquals(List.of("a2"), ids("a"));
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        registry.expire();
        assertEquals(List.of(), ids("a"));
    }

    @Test
    void anInstanceMovedToAnotherServerLeavesTheOld() {
        RegistryRoutingFeed.connect(registry, routing);
        registry.register(server("x", "a"));
        registry.register(server("x", "b"));
        assertEquals(List.of(), ids("a"));
        assertEquals(List.of("x"), ids("b"));
    }

    @Test
    void otherServiceTypesAreIgnored() {
        RegistryRoutingFeed.connect(registry, routing);
        registry.register(ServiceInstance.of("g1", "gw", ServiceType.GATEWAY, "mcp://gw/1"));
        assertEquals(List.of(), ids("gw"));
    }

    @Test
    void closingStopsTheFeed() {
        RegistryRoutingFeed feed = RegistryRoutingFeed.connect(registry, routing);
        registry.register(server("a1", "a"));
        feed.close();
        registry.register(server("a2", "a"));
        assertEquals(List.of("a1"), ids("a"));
    }
}
