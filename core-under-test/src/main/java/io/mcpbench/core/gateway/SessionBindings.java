package io.mcpbench.core.gateway;

import io.mcpbench.core.routing.RoutingService;
import java.util.Arrays;

/**
 * The routing bindings of one {@link GatewaySession}: its key, and the servers its calls were
 * routed to by that key, so closing the session ends exactly those bindings. The tools/call
 * pipeline adds to it and the session closes it; neither calls the other. A call that raced with
 * the close ends its own binding, so none outlives the session. Thread-safe.
 */
final class SessionBindings {

    private static final String[] NONE = new String[0];

    private final RoutingService router;
    private final String key;
    /** The servers routed to with the key, copied on write (a session calls few servers). */
    private volatile String[] servers = NONE;
    private volatile boolean closed;

    SessionBindings(RoutingService router, String key) {
        this.router = router;
        this.key = key;
    }

    /** The routing key of the session's calls. */
    String key() {
        return key;
    }

    boolean isOpen() {
        return !closed;
    }

    /** Remembers that a call was routed to {@code serverId} by the key. */
    void routedTo(String serverId) {
        String[] s = servers;
        for (String known : s) {
            if (known.equals(serverId)) {
                if (closed) {
                    router.endSession(serverId, key);
                }
                return;
            }
        }
        add(serverId);
    }

    private synchronized void add(String serverId) {
        if (closed) {
            router.endSession(serverId, key);
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

    /**
     * Closes the bindings to new servers and returns the servers bound so far, for
     * {@link #end}; null when already closed.
     */
    synchronized String[] close() {
        if (closed) {
            return null;
        }
        closed = true;
        String[] s = servers;
        servers = NONE;
        return s;
    }

    /** Ends the key's binding on each of {@code bound}. */
    void end(String[] bound) {
        for (String server : bound) {
            router.endSession(server, key);
        }
    }
}
