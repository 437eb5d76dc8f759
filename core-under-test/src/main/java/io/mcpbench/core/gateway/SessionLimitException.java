package io.mcpbench.core.gateway;

/**
 * A client session was refused because the gateway already holds as many open sessions as
 * {@link GatewayConfig#maxSessions()} allows. Under overload clients retry connecting, so the
 * exception records no stack trace: refusing costs about as much as returning.
 */
public final class SessionLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    SessionLimitException(int limit) {
        super("session refused: the gateway holds " + limit + " open sessions, its limit (GatewayConfig.maxSessions);"
                + " close a session or retry later", null, false, false);
        this.limit = limit;
    }

    /** The session limit that was reached. */
    public int limit() {
        return limit;
    }
}
