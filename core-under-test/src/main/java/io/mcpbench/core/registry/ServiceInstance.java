package io.mcpbench.core.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;

/**
 * What a service says about itself when it registers: an immutable description. Liveness (when it
 * registered, when it last sent a heartbeat) is kept by {@link ServiceRegistry}, so a heartbeat
 * changes no description and republishes no snapshot.
 *
 * @param id       unique across the registry; registering the same id again replaces the entry
 * @param name     the logical service this is an instance of (for an MCP server: its server id),
 *                 shared by its replicas
 * @param type     its role
 * @param endpoint where to reach it: an absolute URI
 * @param metadata free-form labels (version, zone, ...); copied, never null
 */
public record ServiceInstance(String id, String name, ServiceType type, String endpoint, Map<String, String> metadata) {

    public ServiceInstance {
        requireText(id, "id");
        requireText(name, "name");
        Objects.requireNonNull(type, "type");
        requireText(endpoint, "endpoint");
        try {
            if (!new URI(endpoint).isAbsolute()) {
                throw new IllegalArgumentException("endpoint of service '" + id + "' is not an absolute URI: " + endpoint);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("endpoint of service '" + id + "' is not a URI: " + e.getMessage(), e);
        }
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** A service without metadata. */
    public static ServiceInstance of(String id, String name, ServiceType type, String endpoint) {
        return new ServiceInstance(id, name, type, endpoint, Map.of());
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("service " + field + " must not be blank");
        }
    }
}
