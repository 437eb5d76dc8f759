package io.mcpbench.compare.cli;

/** A result file that was read but cannot be used (no rows at all); the message names the file. */
public final class BadResultException extends RuntimeException {

    public BadResultException(String message) {
        super(message, null, false, false);
    }
}
