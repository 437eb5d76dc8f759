package io.mcpbench.compare.policy;

/**
 * A policy, threshold or limit that cannot be used, with a one-line message naming what is
 * wrong and where (file, expression and position, environment variable).
 */
public class PolicyException extends RuntimeException {

    public PolicyException(String message) {
        super(message, null, false, false);
    }
}
