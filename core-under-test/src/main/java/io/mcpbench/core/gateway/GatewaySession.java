package io.mcpbench.core.gateway;

import java.util.Arrays;

/**
 * One client's session with an {@link McpGateway}, from {@link McpGateway#openSession()} to
 * {@link #close()}. Its id is the routing key of its calls, so a policy with session affinity keeps
 * the session on one instance of each server; closing it ends those bindings in routing and frees
 * its place under {@link GatewayConfig#maxSessions()}, so sessions that are over leave nothing
 * behind. Thread-safe: several threads may call through one session, and close it while they do.
 */
public final class GatewaySession implements AutoCloseable {

    private static final String[] NONE = new String[0];

    private final McpGateway gateway;
    private final String id;
    /** The servers this session was routed to with a key, copied on write (a session calls few servers). */
    private volatile String[] servers = NONE;
    private volatile boolean closed;

    GatewaySession(McpGateway gateway, String id) {
        this.gateway = gateway;
        this.id = id;
    }

    /** The session's id, unique within its gateway: the key its calls are routed by. */
    public String id() {
        return id;
    }

    /** Whether the session is still open. */
    public boolean isOpen() {
        return !closed;
    }

    /**
     * Handles one JSON-RPC message in this session, as {@link McpGateway#handle(byte[], String)}.
     *
     * @throws IllegalStateException if the session is closed
     */
    public byte[] handle(byte[] request) {
        if (closed) {
            throw new IllegalStateException("session " + id + " is closed");
        }
        return gateway.handle(request, id, this);
    }

    /**
     * Remembers that a call of this session was routed to {@code serverId} by its key. A call that
     * raced with {@link #close()} ends its own binding, so none outlives the session.
     */
    void routedTo(String serverId) {
        String[] s = servers;
        for (String known : s) {
            if (known.equals(serverId)) {
                if (closed) {
                    gateway.endBinding(serverId, id);
                }
                return;
            }
        }
        add(serverId);
    }

    private synchronized void add(String serverId) {
        if (closed) {
            gateway.endBinding(serverId, id);
            return;
        }
        String[] s = servers;
        for (String known : s) {
            if (known.equals(serverId)) {
                return;
            }
        }
        String[] grown = Arrays.copyOf(s, s.length + 1);
        grown[s.length] = serverId;
        servers = grown;
    }

    /** Ends the session's routing bindings and gives its place back; closing again does nothing. */
    @Override
    public void close() {
        String[] s;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            s = servers;
            servers = NONE;
        }
        gateway.closed(this, s);
    }

    @Override
    public String toString() {
        return id;
    }
}
