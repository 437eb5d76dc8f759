package io.mcpbench.compare.baseline;

/** A baseline or fingerprint that cannot be read or written; the message names the file and the problem. */
public final class BaselineException extends RuntimeException {

    public BaselineException(String message) {
        super(message, null, false, false);
    }
}
