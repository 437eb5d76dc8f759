package io.mcpbench.core.validation;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks call arguments against the argument bounds of {@link ValidationLimits} in one walk of the
 * tree. Recursion stops at the depth limit, so the walk itself is safe on any nesting; it
 * allocates nothing but the property iterators the JIT usually elides.
 */
final class ArgumentGuard {

    private static final long DEPTH = -1;
    private static final long SIZE = -2;
    private static final long PROPERTIES = -3;

    private final int maxDepth;
    private final long maxSize;
    private final int maxProperties;

    ArgumentGuard(ValidationLimits limits) {
        this.maxDepth = limits.maxArgumentDepth();
        this.maxSize = limits.maxArgumentSize();
        this.maxProperties = limits.maxObjectProperties();
    }

    /** {@code null} when the arguments are within every bound, else the result naming the bound. */
    ValidationResult check(JsonNode arguments) {
        long outcome = walk(arguments, 0, 0L);
        if (outcome >= 0) {
            return null;
        }
        if (outcome == DEPTH) {
            return ValidationResult.invalid("", "nesting deeper than the limit of " + maxDepth + " (maxArgumentDepth)");
        }
        if (outcome == SIZE) {
            return ValidationResult.invalid("", "larger than the limit of " + maxSize + " size units (maxArgumentSize)");
        }
        return ValidationResult.invalid("", "an object has more than the limit of " + maxProperties
                + " properties (maxObjectProperties)");
    }

    /** The size used so far including {@code node}, or a negative code for the bound it broke. */
    private long walk(JsonNode node, int depth, long size) {
        size++;
        if (node.isString()) {
            size += node.stringValue().length();
        } else if (node.isObject()) {
            if (depth >= maxDepth) {
                return DEPTH;
            }
            if (node.size() > maxProperties) {
                return PROPERTIES;
            }
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                size += property.getKey().length();
                if (size > maxSize) {
                    return SIZE;
                }
                size = walk(property.getValue(), depth + 1, size);
                if (size < 0) {
                    return size;
                }
            }
        } else if (node.isArray()) {
            if (depth >= maxDepth) {
                return DEPTH;
            }
            for (int i = 0, n = node.size(); i < n; i++) {
                size = walk(node.get(i), depth + 1, size);
                if (size < 0) {
                    return size;
                }
            }
        }
        return size > maxSize ? SIZE : size;
    }
}
