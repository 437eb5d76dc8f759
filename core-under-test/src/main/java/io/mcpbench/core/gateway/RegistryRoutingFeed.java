package io.mcpbench.core.gateway;

import io.mcpbench.core.registry.ServiceEvent;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import io.mcpbench.core.routing.RoutingService;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps routing's instance sets equal to the registry's MCP servers: an instance registered under
 * service name {@code s} becomes routable for server {@code s}; one that deregisters or expires
 * stops being routed to. The registry calls its listeners in order under its write lock, so the
 * instance set routing holds for a server is always one the registry held.
 */
public final class RegistryRoutingFeed implements Consumer<ServiceEvent>, AutoCloseable {

    private final ServiceRegistry registry;
    private final RoutingService routing;
    /** Every server name ever fed, so a name whose last instance moved away is emptied. */
    private final Set<String> known = new HashSet<>();

    private RegistryRoutingFeed(ServiceRegistry registry, RoutingService routing) {
        this.registry = registry;
        this.routing = routing;
    }

    /** Starts feeding: listens to the registry, then copies the servers it already holds. */
    public static RegistryRoutingFeed connect(ServiceRegistry registry, RoutingService routing) {
        RegistryRoutingFeed feed = new RegistryRoutingFeed(Objects.requireNonNull(registry, "registry"),
                Objects.requireNonNull(routing, "routing"));
        registry.addListener(feed);
        feed.resync();
        return feed;
    }

    /**
     * Mirrors one change. A replacement may have moved an instance to another service name, which
     * the event does not tell, so it resyncs every server; other changes touch only their own.
     */
    @Override
    public synchronized void accept(ServiceEvent event) {
        if (event.kind() == ServiceEvent.Kind.REPLACED) {
            resync();
        } else if (event.service().type() == ServiceType.MCP_SERVER) {
            String server = event.service().name();
            known.add(server);
            routing.setInstances(server, registry.instanceIds(ServiceType.MCP_SERVER, server));
        }
    }

    private synchronized void resync() {
        Map<String, List<String>> servers = registry.instanceIdsByName(ServiceType.MCP_SERVER);
        for (String server : known) {
            if (!servers.containsKey(server)) {
                routing.setInstances(server, List.of());
            }
        }
        for (Map.Entry<String, List<String>> server : servers.entrySet()) {
            known.add(server.getKey());
            routing.setInstances(server.getKey(), server.getValue());
        }
    }

    /** Stops following the registry; routing keeps the instance sets it has. */
    @Override
    public void close() {
        registry.removeListener(this);
    }
}
