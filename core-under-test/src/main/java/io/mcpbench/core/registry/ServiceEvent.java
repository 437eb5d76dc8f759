package io.mcpbench.core.registry;

/**
 * A change to the registry, delivered to listeners in the order the changes happened, so a
 * consumer (the gateway feeding routing's instance sets) can mirror the registry exactly.
 *
 * @param kind    what happened
 * @param service the service it happened to (for {@link Kind#REPLACED}, the new description)
 */
public record ServiceEvent(Kind kind, ServiceInstance service) {

    /** What happened to a service. */
    public enum Kind {
        /** A new id registered. */
        REGISTERED,
        /** A known id registered again with a new description. */
        REPLACED,
        /** The service deregistered itself. */
        DEREGISTERED,
        /** The service missed its heartbeats for longer than the ttl and was removed. */
        EXPIRED
    }
}
