package io.mcpbench.workload.arguments;

import java.util.Objects;

/**
 * Arguments that break a tool's {@code inputSchema} in exactly one known way: which top-level
 * property ({@code field}), which {@link Violation}, and a one-line human reason.
 *
 * @param json      the argument object as JSON text
 * @param field     the top-level property at fault (for {@link Violation#ADDITIONAL_PROPERTY}, the
 *                  undeclared one)
 * @param violation what is wrong
 * @param reason    a one-line explanation naming the field
 */
public record InvalidArguments(String json, String field, Violation violation, String reason) {

    public InvalidArguments {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(reason, "reason");
    }
}
