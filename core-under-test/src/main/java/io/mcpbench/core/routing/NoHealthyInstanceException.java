package io.mcpbench.core.routing;

/**
 * Thrown by {@link RoutingService#route} when a call cannot be placed: the server is unknown or has
 * no instances. It carries no stack trace, since it is an expected
 * outcome a gateway turns into an error response, and building traces would dominate the cost.
 */
public final class NoHealthyInstanceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why no instance could be chosen. */
    public enum Reason {
        /** No instance set was ever given for the server (or it was removed). */
        UNKNOWN_SERVER,
        /** The server's instance set is empty. */
        NO_INSTANCES,
        /**
         * Every instance of the server is ejected. Not produced while the ejection cap ({@link
         * RoutingConfig#maxEjected}) keeps one instance of a non-empty server routable; it stays so
         * that code naming it keeps compiling.
         */
        ALL_EJECTED
    }

    private final String serverId;
    private final Reason reason;

    NoHealthyInstanceException(String serverId, Reason reason, String message) {
        super(message, null, false, false);
        this.serverId = serverId;
        this.reason = reason;
    }

    /** The server that was asked for. */
    public String serverId() {
        return serverId;
    }

    /** Why no instance could be chosen. */
    public Reason reason() {
        return reason;
    }
}
