package io.mcpbench.core.validation;

import java.util.Objects;

/**
 * One reason a call's arguments were refused.
 *
 * @param path    JSON Pointer to the offending value in the arguments ({@code ""} is the arguments
 *                object itself; for a missing required property, the pointer to where it should be)
 * @param message what is wrong with it, without the path
 */
public record ValidationError(String path, String message) {

    public ValidationError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** One line, {@code "/repo: integer found, string expected"}; the root is shown as {@code arguments}. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "arguments" : path) + ": " + message;
    }
}
