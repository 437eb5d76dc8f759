package io.mcpbench.core.validation;

/**
 * Bounds that keep a hostile tool schema or call from costing more than it is worth. Schema limits
 * are checked once when a schema is compiled; argument limits are checked on every call, in one
 * cheap walk of the argument tree, before the JSON Schema validator sees it, so a ten-thousand
 * level nesting or a multi-megabyte string never reaches a recursive evaluator.
 *
 * @param maxSchemaDepth       deepest nesting of objects and arrays in the schema document
 * @param maxSchemaNodes       most JSON values (objects, arrays, scalars) in the schema document
 * @param maxArgumentDepth     deepest nesting of objects and arrays in the arguments
 * @param maxArgumentSize      most size units in the arguments: the characters of every string
 *                             value and property name, plus one for every value (close to the
 *                             size of the arguments written as compact JSON, without quotes)
 * @param maxObjectProperties  most properties in any one object of the arguments
 */
public record ValidationLimits(
        int maxSchemaDepth,
        int maxSchemaNodes,
        int maxArgumentDepth,
        long maxArgumentSize,
        int maxObjectProperties) {

    private static final ValidationLimits DEFAULTS = new ValidationLimits(64, 20_000, 64, 4L << 20, 1_000);

    public ValidationLimits {
        requirePositive("maxSchemaDepth", maxSchemaDepth);
        requirePositive("maxSchemaNodes", maxSchemaNodes);
        requirePositive("maxArgumentDepth", maxArgumentDepth);
        requirePositive("maxArgumentSize", maxArgumentSize);
        requirePositive("maxObjectProperties", maxObjectProperties);
    }

    /**
     * Limits fitted to real MCP tools with a wide margin: schemas up to depth 64 and 20,000 nodes
     * (the largest seen are about 7 KB), arguments up to depth 64, 4 Mi size units and 1,000
     * properties per object.
     */
    public static ValidationLimits defaults() {
        return DEFAULTS;
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
