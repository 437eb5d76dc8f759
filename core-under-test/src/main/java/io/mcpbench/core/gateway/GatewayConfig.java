package io.mcpbench.core.gateway;

/**
 * The gateway's own settings: the {@code tools/list} page size and the limits that make it shed
 * load instead of piling it up. A gateway under overload (slow or failing servers, a spike of
 * callers) must answer fast with an error rather than hold ever more calls and sessions in memory;
 * each limit is a counter checked without blocking, and what is over it is refused at once.
 *
 * @param pageSize             how many tools one {@code tools/list} page holds
 * @param maxInFlight          the most {@code tools/call}s the gateway runs at once, over all
 *                             servers; a call beyond it is shed with a tool error
 * @param maxInFlightPerServer the most {@code tools/call}s one server runs at once; a call beyond it
 *                             is shed even while the gateway as a whole has room
 * @param maxSessions          the most client sessions open at once; opening one more is refused
 */
public record GatewayConfig(int pageSize, int maxInFlight, int maxInFlightPerServer, int maxSessions) {

    /** The page size when none is given: large enough that small catalogs fit one page. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /**
     * The gateway-wide in-flight limit when none is given. Every call in flight holds a thread and
     * its parsed arguments (up to tens of KiB): 1,024 of them bound that to tens of MiB, while a
     * gateway whose callers are a pool of a few hundred threads never reaches it in normal load.
     */
    public static final int DEFAULT_MAX_IN_FLIGHT = 1024;

    /**
     * The per-server in-flight limit when none is given: a quarter of the gateway's, so one slow
     * server fills at most a quarter of the gateway's capacity and calls to healthy servers still
     * get through (a bulkhead), while a busy but healthy server has room for hundreds of calls.
     */
    public static final int DEFAULT_MAX_IN_FLIGHT_PER_SERVER = DEFAULT_MAX_IN_FLIGHT / 4;

    /**
     * The open-session limit when none is given: the 10,000 sessions the gateway is tested to hold
     * in bounded memory (a session costs the gateway a small object and, under session affinity,
     * one routing binding per server it has called).
     */
    public static final int DEFAULT_MAX_SESSIONS = 10_000;

    public GatewayConfig {
        atLeastOne("page size", pageSize);
        atLeastOne("in-flight limit", maxInFlight);
        atLeastOne("per-server in-flight limit", maxInFlightPerServer);
        atLeastOne("session limit", maxSessions);
    }

    private static void atLeastOne(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + value);
        }
    }

    /** The default settings. */
    public static GatewayConfig defaults() {
        return new GatewayConfig(DEFAULT_PAGE_SIZE, DEFAULT_MAX_IN_FLIGHT, DEFAULT_MAX_IN_FLIGHT_PER_SERVER, DEFAULT_MAX_SESSIONS);
    }

    /** These settings with another page size. */
    public GatewayConfig withPageSize(int size) {
        return new GatewayConfig(size, maxInFlight, maxInFlightPerServer, maxSessions);
    }

    /** These settings with another gateway-wide in-flight limit. */
    public GatewayConfig withMaxInFlight(int limit) {
        return new GatewayConfig(pageSize, limit, maxInFlightPerServer, maxSessions);
    }

    /** These settings with another per-server in-flight limit. */
    public GatewayConfig withMaxInFlightPerServer(int limit) {
        return new GatewayConfig(pageSize, maxInFlight, limit, maxSessions);
    }

    /** These settings with another open-session limit. */
    public GatewayConfig withMaxSessions(int limit) {
        return new GatewayConfig(pageSize, maxInFlight, maxInFlightPerServer, limit);
    }
}
