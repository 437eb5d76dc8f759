package io.mcpbench.core.gateway;

/**
 * One client's session with an {@link McpGateway}, from {@link McpGateway#openSession()} to
 * {@link #close()}. Its id is the routing key of its calls, so a policy with session affinity keeps
 * the session on one instance of each server; closing it ends those bindings in routing and frees
 * its place under {@link GatewayConfig#maxSessions()}, so sessions that are over leave nothing
 * behind. Thread-safe: several threads may call through one session, and close it while they do.
 */
public final class GatewaySession implements AutoCloseable {

    private final JsonRpcEnvelope envelope;
    private final SessionBindings bindings;
    private final Permits sessions;

    GatewaySession(JsonRpcEnvelope envelope, SessionBindings bindings, Permits sessions) {
        this.envelope = envelope;
        this.bindings = bindings;
        this.sessions = sessions;
    }

    /** The session's id, unique within its gateway: the key its calls are routed by. */
    public String id() {
        return bindings.key();
    }

    /** Whether the session is still open. */
    public boolean isOpen() {
        return bindings.isOpen();
    }

    /**
     * Handles one JSON-RPC message in this session, as {@link McpGateway#handle(byte[], String)}.
     *
     * @throws IllegalStateException if the session is closed
     */
    public byte[] handle(byte[] request) {
        if (!bindings.isOpen()) {
            throw new IllegalStateException("session " + id() + " is closed");
        }
        return envelope.handle(request, bindings.key(), bindings);
    }

    /** Ends the session's routing bindings and gives its place back; closing again does nothing. */
    @Override
    public void close() {
        String[] bound = bindings.close();
        if (bound == null) {
            return;
        }
        try {
            bindings.end(bound);
        } finally {
            sessions.release();
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
