package io.mcpbench.workload.gateway;

import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.registry.ServiceInstance;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.downstream.SeededDownstream;
import java.time.Duration;
import java.util.Objects;

/**
 * Ready-made gateways for benchmarks and load scenarios: a catalog, a registry holding a fixed
 * number of instances of every server in it (ids {@code server-0 .. server-(n-1)}), routing fed by
 * that registry, and an instant seeded downstream the caller may replace. The registry's ttl is
 * long enough that no benchmark sees an instance expire.
 */
public final class Gateways {

    /** The ttl of the registry a ready-made gateway uses: longer than any benchmark. */
    public static final Duration REGISTRY_TTL = Duration.ofDays(1);

    private Gateways() {
    }

    /** A registry with {@code instancesPerServer} MCP server instances of every server {@code catalog} holds now. */
    public static ServiceRegistry registryFor(ToolCatalog catalog, int instancesPerServer) {
        Objects.requireNonNull(catalog, "catalog");
        if (instancesPerServer < 1) {
            throw new IllegalArgumentException("instances per server must be at least 1: " + instancesPerServer);
        }
        ServiceRegistry registry = new ServiceRegistry(REGISTRY_TTL);
        for (String server : catalog.snapshot().serverIds()) {
            for (int i = 0; i < instancesPerServer; i++) {
                registry.register(ServiceInstance.of(server + "-" + i, server, ServiceType.MCP_SERVER, "mcp://" + server + "/" + i));
            }
        }
        return registry;
    }

    /**
     * A builder over a catalog of {@code toolCount} tools generated from {@code seed} (the same
     * seed gives the same catalog), with {@code instancesPerServer} instances of each server.
     */
    public static McpGateway.Builder generated(long seed, int toolCount, int instancesPerServer) {
        return over(new ToolCatalog(new CatalogGenerator(seed).snapshot(toolCount)), instancesPerServer);
    }

    /**
     * A builder over {@code catalog} with {@code instancesPerServer} instances of each of its
     * servers registered and a downstream that answers at once and never fails; the caller adds
     * the metrics, routing policy or other downstream it wants, and builds.
     */
    public static McpGateway.Builder over(ToolCatalog catalog, int instancesPerServer) {
        return McpGateway.builder().catalog(catalog).registry(registryFor(catalog, instancesPerServer))
                .downstream(SeededDownstream.instant(0L));
    }
}
