package io.mcpbench.core.validation;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removes the keywords that never affect validation ({@code title}, {@code description}, {@code
 * default}, {@code examples}, {@code $comment}, {@code deprecated}) from every subschema before the
 * library compiles it. The library evaluates each of them on every call, as an annotation, and MCP
 * schemas carry a description on almost every property, so this removes a large share of the
 * per-call keyword evaluations while keeping the result of validation unchanged.
 *
 * <p>Only positions that hold schemas are visited (the values of {@code properties}, {@code $defs},
 * the members of {@code anyOf}, ...); property names, {@code enum} and {@code const} values and
 * unknown keywords are left exactly as they are. The input is never modified: changed objects are
 * copied, untouched branches are shared.
 */
final class AnnotationStripper {

    private static final Set<String> ANNOTATIONS =
            Set.of("title", "description", "default", "examples", "$comment", "deprecated");

    /** Keywords whose value is one schema. */
    private static final Set<String> SCHEMA = Set.of("additionalProperties", "additionalItems", "items", "contains",
            "propertyNames", "not", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "contentSchema");

    /** Keywords whose value is an object of schemas. */
    private static final Set<String> SCHEMA_MAP = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas", "dependencies");

    /** Keywords whose value is an array of schemas. */
    private static final Set<String> SCHEMA_ARRAY = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");

    private AnnotationStripper() {
    }

    /** The schema without annotation keywords, or the same node if it has none. */
    static JsonNode strip(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        int n = schema.size();
        String[] names = new String[n];
        JsonNode[] values = new JsonNode[n];
        boolean changed = false;
        int i = 0;
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            JsonNode value = keyword.getValue();
            JsonNode replacement = replace(keyword.getKey(), value);
            names[i] = keyword.getKey();
            values[i++] = replacement;
            changed |= replacement != value;
        }
        if (!changed) {
            return schema;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (int k = 0; k < n; k++) {
            if (values[k] != null) {
                copy.set(names[k], values[k]);
            }
        }
        return copy;
    }

    /** The keyword's new value: {@code null} to drop it, the same node if unchanged. */
    private static JsonNode replace(String keyword, JsonNode value) {
        if (ANNOTATIONS.contains(keyword)) {
            return null;
        }
        if (value.isObject() && SCHEMA.contains(keyword)) {
            return strip(value);
        }
        if (value.isObject() && SCHEMA_MAP.contains(keyword)) {
            return stripMembers(value);
        }
        if (value.isArray() && SCHEMA_ARRAY.contains(keyword)) {
            return stripElements(value);
        }
        return value;
    }

    private static JsonNode stripMembers(JsonNode schemas) {
        ObjectNode copy = null;
        for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
            JsonNode stripped = strip(entry.getValue());
            if (stripped != entry.getValue() && copy == null) {
                copy = JsonNodeFactory.instance.objectNode();
                for (Map.Entry<String, JsonNode> before : schemas.properties()) {
                    if (before.getKey().equals(entry.getKey())) {
                        break;
                    }
                    copy.set(before.getKey(), before.getValue());
                }
            }
            if (copy != null) {
                copy.set(entry.getKey(), stripped);
            }
        }
        return copy == null ? schemas : copy;
    }

    private static JsonNode stripElements(JsonNode schemas) {
        ArrayNode copy = null;
        for (int i = 0, n = schemas.size(); i < n; i++) {
            JsonNode element = schemas.get(i);
            JsonNode stripped = strip(element);
            if (stripped != element && copy == null) {
                copy = JsonNodeFactory.instance.arrayNode(n);
                for (int k = 0; k < i; k++) {
                    copy.add(schemas.get(k));
                }
            }
            if (copy != null) {
                copy.add(stripped);
            }
        }
        return copy == null ? schemas : copy;
    }
}
