package io.mcpbench.core.validation;

import com.networknt.schema.SchemaException;

/**
 * A pattern that could not be matched within the call's limits: its step or time budget ran out,
 * or the backtracking matcher a pattern needs ran out of stack. A {@link SchemaException}, because
 * the library's pattern keyword rethrows those as they are; the call is refused with its message,
 * never passed.
 */
final class PatternLimitExceeded extends SchemaException {
    private static final long serialVersionUID = 1L;

    PatternLimitExceeded(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
