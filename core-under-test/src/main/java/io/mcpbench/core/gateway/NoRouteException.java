package io.mcpbench.core.gateway;

/**
 * A server has no instance a call can go to. Thrown on a path that can be hot when a server is
 * down, so it carries no stack trace.
 */
public final class NoRouteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception whose message says which server has no healthy instance. */
    public NoRouteException(String message) {
        super(message, null, false, false);
    }
}
