package io.mcpbench.core.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The gateway's in-flight limits: a call holds a slot of its server
 * ({@link GatewayConfig#maxInFlightPerServer()}) and one of the gateway
 * ({@link GatewayConfig#maxInFlight()}) from admission until the downstream has answered. The per-server limit is a
 * bulkhead: a slow server holds at most its own slots, so calls to other servers still run. What
 * finds either full is shed, counted here, and answered at once instead of queued.
 */
final class Admission {

    private final Permits gateway;
    /** Per-server slots: one entry per server ever called, and only catalog servers are (unknown tools never get here). */
    private final ConcurrentHashMap<String, Permits> servers = new ConcurrentHashMap<>();
    private final Function<String, Permits> newServer;
    private final LongAdder shed = new LongAdder();

    Admission(GatewayConfig config) {
        this.gateway = new Permits(config.maxInFlight());
        int perServer = config.maxInFlightPerServer();
        this.newServer = server -> new Permits(perServer);
    }

    /** The slots of {@code serverId}, made on its first call. */
    Permits server(String serverId) {
        Permits p = servers.get(serverId);
        return p != null ? p : servers.computeIfAbsent(serverId, newServer);
    }

    /** The gateway's slots. */
    Permits gateway() {
        return gateway;
    }

    /** Gives back the slots an admitted call held. */
    void release(Permits server) {
        gateway.release();
        server.release();
    }

    /** Counts a call shed for want of a slot. */
    void shed() {
        shed.increment();
    }

    /** The number of calls shed so far. */
    long shedCalls() {
        return shed.sum();
    }

    /** The number of calls admitted and not yet answered. */
    int inFlight() {
        return gateway.used();
    }
}
