package io.mcpbench.compare.policy;

/** A {@code PERF_*} variable set to a value that is not a usable limit: a usage error. */
public final class InvalidEnvironmentValueException extends PolicyException {

    public InvalidEnvironmentValueException(String message) {
        super(message);
    }
}
