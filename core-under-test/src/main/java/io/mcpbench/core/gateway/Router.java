package io.mcpbench.core.gateway;

/**
 * Picks the instance of a server a call goes to and learns from how the call went. Every
 * {@link #route} that returns is matched by exactly one {@link #complete}, which is what keeps
 * in-flight counts and latency estimates right.
 */
public interface Router {

    /**
     * Chooses an instance of {@code serverId}.
     *
     * @param sessionKey the client session, for affinity policies; may be null
     * @throws NoRouteException when the server has no healthy instance
     */
    Route route(String serverId, String sessionKey);

    /** Reports the end of a routed call: its latency and whether it succeeded. */
    void complete(Route route, long latencyNanos, boolean success);
}
