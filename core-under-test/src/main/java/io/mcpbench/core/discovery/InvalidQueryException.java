package io.mcpbench.core.discovery;

/**
 * A query the search refuses to run: a regex too long or malformed, or a bad limit. The message is
 * one line saying what is wrong, fit to be returned to the client as is.
 */
public final class InvalidQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
