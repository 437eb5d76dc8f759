package io.mcpbench.core.binding;

/**
 * A call named a tool the current catalog does not have. Clients send unknown names routinely
 * (stale tool lists, typos), so the exception records no stack trace: throwing it costs about as
 * much as returning.
 */
public final class UnknownToolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String qualifiedName;

    public UnknownToolException(String qualifiedName) {
        super("unknown tool: " + qualifiedName, null, false, false);
        this.qualifiedName = qualifiedName;
    }

    /** The name that was asked for. */
    public String qualifiedName() {
        return qualifiedName;
    }
}
