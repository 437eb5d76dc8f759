package io.mcpbench.core.validation;

/**
 * A tool's {@code inputSchema} cannot be used: malformed, over a {@link ValidationLimits} bound, or
 * referring to a schema that would have to be fetched. The message is one line saying why.
 */
public final class SchemaRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaRejectedException(String reason) {
        super(reason);
    }

    public SchemaRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
