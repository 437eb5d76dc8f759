package io.mcpbench.core.validation;

import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks a schema document against the schema bounds of {@link ValidationLimits} (depth, nodes,
 * size) before the JSON Schema library, whose compiler recurses over the document, ever sees it.
 * Both walks stop at the depth limit, so they are safe on any nesting.
 */
final class SchemaGuard {

    private static final int WITHIN = 0;
    private static final int DEPTH = 1;
    private static final int NODES = 2;
    private static final int SIZE = 3;

    private final int maxDepth;
    private final int maxNodes;
    private final long maxSize;

    SchemaGuard(ValidationLimits limits) {
        this.maxDepth = limits.maxSchemaDepth();
        this.maxNodes = limits.maxSchemaNodes();
        this.maxSize = limits.maxSchemaSize();
    }

    /** Throws if a schema given as maps and lists nests deeper than allowed (checked before conversion). */
    void checkDepth(Object value) {
        if (mapDepthExceeded(value, 0)) {
            throw depthRejected();
        }
    }

    /** Throws if the schema document nests too deep, has too many nodes or is too large. */
    void check(JsonNode schema) {
        Count count = new Count();
        int outcome = count.walk(schema, 0);
        if (outcome == DEPTH) {
            throw depthRejected();
        }
        if (outcome == NODES) {
            throw new SchemaRejectedException("inputSchema has more than the limit of " + maxNodes
                    + " JSON values (maxSchemaNodes)");
        }
        if (outcome == SIZE) {
            throw new SchemaRejectedException("inputSchema is larger than the limit of " + maxSize
                    + " size units (maxSchemaSize)");
        }
    }

    private SchemaRejectedException depthRejected() {
        return new SchemaRejectedException("inputSchema nests deeper than the limit of " + maxDepth
                + " (maxSchemaDepth)");
    }

    private boolean mapDepthExceeded(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            if (depth >= maxDepth) {
                return true;
            }
            for (Object child : map.values()) {
                if (mapDepthExceeded(child, depth + 1)) {
                    return true;
                }
            }
        } else if (value instanceof Collection<?> list) {
            if (depth >= maxDepth) {
                return true;
            }
            for (Object child : list) {
                if (mapDepthExceeded(child, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One walk's running totals; sizes are counted as {@link ArgumentGuard} counts arguments. */
    private final class Count {
        private int nodes;
        private long size;

        /** {@link #WITHIN}, or the bound that {@code node} or one below it breaks. */
        int walk(JsonNode node, int depth) {
            if (++nodes > maxNodes) {
                return NODES;
            }
            size++;
            if (node.isString()) {
                size += node.stringValue().length();
            } else if (node.isContainer()) {
                if (depth >= maxDepth) {
                    return DEPTH;
                }
                if (node.isObject()) {
                    for (Map.Entry<String, JsonNode> property : node.properties()) {
                        size += property.getKey().length();
                        int outcome = walk(property.getValue(), depth + 1);
                        if (outcome != WITHIN) {
                            return outcome;
                        }
                    }
                } else {
                    for (JsonNode child : node.values()) {
                        int outcome = walk(child, depth + 1);
                        if (outcome != WITHIN) {
                            return outcome;
                        }
                    }
                }
            }
            return size > maxSize ? SIZE : WITHIN;
        }
    }
}
