package io.mcpbench.core.routing;

/**
 * How {@link RoutingService} chooses among the healthy instances of a server. The policies trade
 * evenness, latency awareness and session stickiness against the cost of the choice.
 */
public enum RoutingPolicy {
    /** Each instance in turn: perfectly even, blind to latency and load. */
    ROUND_ROBIN,
    /** Uniformly at random from a seeded per-thread generator: even on average, no shared counter. */
    RANDOM,
    /** The instance with the fewest calls in flight, ties broken uniformly at random: a scan of all instances. */
    LEAST_IN_FLIGHT,
    /**
     * Two distinct random instances: the one with fewer calls in flight, weighed by latency as
     * {@code ewmaLatency * (inFlight + 1)} (the cost of Finagle's and Linkerd's P2C balancer); at
     * equal load, latencies within a factor of two count as a tie and a clearly slower instance is
     * kept only now and then, so identical instances, whose estimates differ only by noise, share
     * calls evenly while a slow one is avoided.
     */
    POWER_OF_TWO_CHOICES,
    /**
     * A session key is bound to one instance and stays there while it is healthy; when it is not,
     * the key moves to the instance rendezvous hashing picks among the healthy ones, so every caller
     * moves it to the same place; a readmitted instance gets new sessions, not its old ones back.
     * Requires a session key; bindings last until {@link RoutingService#endSession} or until their
     * instance leaves the server.
     */
    SESSION_AFFINITY,
    /**
     * Highest random weight hashing of (session key, instance id): stateless and stable under churn,
     * since removing an instance moves only the keys it held. Requires a session key.
     */
    RENDEZVOUS_HASH;

    /** Whether {@link RoutingService#route} needs a non-null session key under this policy. */
    public boolean needsSessionKey() {
        return this == SESSION_AFFINITY || this == RENDEZVOUS_HASH;
    }
}
