package io.mcpbench.core.validation;

import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks a schema document against the schema bounds of {@link ValidationLimits} before the JSON
 * Schema library, whose compiler recurses over the document, ever sees it. Both walks stop at the
 * depth limit, so they are safe on any nesting.
 */
final class SchemaGuard {

    private final int maxDepth;
    private final int maxNodes;

    SchemaGuard(ValidationLimits limits) {
        this.maxDepth = limits.maxSchemaDepth();
        this.maxNodes = limits.maxSchemaNodes();
    }

    /** Throws if a schema given as maps and lists nests deeper than allowed (checked before conversion). */
    void checkDepth(Object value) {
        if (mapDepthExceeded(value, 0)) {
            throw depthRejected();
        }
    }

    /** Throws if the schema document nests too deep or has too many nodes. */
    void check(JsonNode schema) {
        int nodes = count(schema, 0, 0);
        if (nodes == -1) {
            throw depthRejected();
        }
        if (nodes < 0) {
            throw new SchemaRejectedException("inputSchema has more than the limit of " + maxNodes
                    + " JSON values (maxSchemaNodes)");
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

    /** Nodes counted so far including {@code node}; -1 if too deep, -2 if too many. */
    private int count(JsonNode node, int depth, int nodes) {
        if (++nodes > maxNodes) {
            return -2;
        }
        if (node.isContainer()) {
            if (depth >= maxDepth) {
                return -1;
            }
            for (JsonNode child : node.values()) {
                nodes = count(child, depth + 1, nodes);
                if (nodes < 0) {
                    return nodes;
                }
            }
        }
        return nodes;
    }
}
