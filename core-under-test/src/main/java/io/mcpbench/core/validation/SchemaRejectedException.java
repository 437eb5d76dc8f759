package io.mcpbench.core.validation;

/**
 * A tool's {@code inputSchema} cannot be used: malformed, over a {@link ValidationLimits} bound, or
 * referring to a schema that would have to be fetched. The message is one line saying why: control
 * characters quoted from the schema are shown escaped (a line break as {@code \n}).
 */
public final class SchemaRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaRejectedException(String reason) {
        super(EscapedText.of(reason));
    }

    public SchemaRejectedException(String reason, Throwable cause) {
        super(EscapedText.of(reason), cause);
    }
}
