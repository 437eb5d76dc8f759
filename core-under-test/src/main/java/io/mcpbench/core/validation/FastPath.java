package io.mcpbench.core.validation;

import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.RegularExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A conservative pre-check for the schemas most MCP tools have: objects of typed properties with
 * {@code required}, {@code enum} of strings, numeric bounds, string lengths and patterns, arrays of such
 * values and {@code additionalProperties: false}. It only ever answers "certainly valid" or "not
 * sure": a call it cannot prove valid, invalid or not, goes to the JSON Schema library, which
 * decides and names the failing fields. A schema using any keyword outside that set (references,
 * combinators, conditionals, ...) gets no fast path at all.
 *
 * <p>Proving validity directly on the tree avoids the library's per-keyword bookkeeping (an
 * evaluation path object per keyword, an execution context per call), which dominates the cost of
 * validating small arguments.
 */
final class FastPath {

    /** Keywords with no effect on validity here: format is an annotation (assertions are off). */
    private static final Set<String> IGNORED = Set.of("format", "readOnly", "writeOnly");

    private static final BudgetedRegexFactory PATTERNS = new BudgetedRegexFactory();

    private static final int OBJECT = 1;
    private static final int ARRAY = 1 << 1;
    private static final int STRING = 1 << 2;
    private static final int NUMBER = 1 << 3;
    private static final int INTEGER = 1 << 4;
    private static final int BOOLEAN = 1 << 5;
    private static final int NULL = 1 << 6;
    private static final int ANY = OBJECT | ARRAY | STRING | NUMBER | INTEGER | BOOLEAN | NULL;

    private final Node root;

    private FastPath(Node root) {
        this.root = root;
    }

    /**
     * The fast path for a (stripped) schema document, or {@code null} if it uses anything this
     * class does not model or is not on a standard draft-07 / 2019-09 / 2020-12 dialect.
     */
    static FastPath of(JsonNode schema) {
        JsonNode declared = schema.get("$schema");
        if (declared != null) {
            SpecificationVersion version = declared.isString()
                    ? SpecificationVersion.fromDialectId(declared.stringValue()).orElse(null) : null;
            if (version == null || version.getOrder() < SpecificationVersion.DRAFT_7.getOrder()) {
                return null;
            }
        }
        Node root = compile(declared == null ? schema : ((ObjectNode) schema).deepCopy().without("$schema"));
        return root == null ? null : new FastPath(root);
    }

    /** Whether the arguments are certainly valid; {@code false} means "ask the library". */
    boolean provablyValid(JsonNode arguments) {
        return root.accepts(arguments);
    }

    private static Node compile(JsonNode schema) {
        if (schema.isBoolean()) {
            return schema.booleanValue() ? Node.ACCEPT_ALL : null;
        }
        if (!schema.isObject()) {
            return null;
        }
        Node node = new Node();
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            if (!node.add(keyword.getKey(), keyword.getValue())) {
                return null;
            }
        }
        return node;
    }

    /** One compiled subschema. Every check answers "certainly passes". */
    private static final class Node {
        static final Node ACCEPT_ALL = new Node();

        int types = ANY;
        String[] propertyNames = new String[0];
        Node[] propertySchemas = new Node[0];
        String[] required = new String[0];
        boolean closed;
        Set<String> enumStrings;
        final List<NumericBound> bounds = new ArrayList<>(0);
        RegularExpression pattern;
        int minLength = -1;
        int maxLength = -1;
        Node items;
        int minItems = -1;
        int maxItems = -1;

        boolean add(String keyword, JsonNode value) {
            if (keyword.startsWith("x-") || IGNORED.contains(keyword)) {
                return true;
            }
            switch (keyword) {
                case "type" -> {
                    return addTypes(value);
                }
                case "properties" -> {
                    return addProperties(value);
                }
                case "required" -> {
                    return addRequired(value);
                }
                case "additionalProperties" -> {
                    if (!value.isBoolean()) {
                        return false;
                    }
                    closed = !value.booleanValue();
                    return true;
                }
                case "enum" -> {
                    return addEnum(value);
                }
                case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> {
                    NumericBound bound = NumericBound.of(keyword, value);
                    return bound != null && bounds.add(bound);
                }
                case "pattern" -> {
                    if (!value.isString()) {
                        return false;
                    }
                    pattern = PATTERNS.getRegularExpression(value.stringValue());
                    return true;
                }
                case "minLength" -> {
                    minLength = count(value);
                    return minLength >= 0;
                }
                case "maxLength" -> {
                    maxLength = count(value);
                    return maxLength >= 0;
                }
                case "minItems" -> {
                    minItems = count(value);
                    return minItems >= 0;
                }
                case "maxItems" -> {
                    maxItems = count(value);
                    return maxItems >= 0;
                }
                case "items" -> {
                    items = compile(value);
                    return items != null;
                }
                default -> {
                    return false;
                }
            }
        }

        private boolean addTypes(JsonNode value) {
            if (value.isString()) {
                types = typeBit(value.stringValue());
                return types != 0;
            }
            if (!value.isArray() || value.isEmpty()) {
                return false;
            }
            types = 0;
            for (JsonNode type : value) {
                int bit = type.isString() ? typeBit(type.stringValue()) : 0;
                if (bit == 0) {
                    return false;
                }
                types |= bit;
            }
            return true;
        }

        private static int typeBit(String type) {
            return switch (type) {
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                case "string" -> STRING;
                case "number" -> NUMBER | INTEGER;
                case "integer" -> INTEGER;
                case "boolean" -> BOOLEAN;
                case "null" -> NULL;
                default -> 0;
            };
        }

        private boolean addProperties(JsonNode value) {
            if (!value.isObject()) {
                return false;
            }
            int n = value.size();
            propertyNames = new String[n];
            propertySchemas = new Node[n];
            int i = 0;
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                Node schema = compile(property.getValue());
                if (schema == null) {
                    return false;
                }
                propertyNames[i] = property.getKey();
                propertySchemas[i++] = schema;
            }
            return true;
        }

        private boolean addRequired(JsonNode value) {
            if (!value.isArray()) {
                return false;
            }
            required = new String[value.size()];
            for (int i = 0; i < required.length; i++) {
                JsonNode name = value.get(i);
                if (!name.isString()) {
                    return false;
                }
                required[i] = name.stringValue();
            }
            return true;
        }

        private boolean addEnum(JsonNode value) {
            if (!value.isArray()) {
                return false;
            }
            Set<String> strings = new HashSet<>();
            for (JsonNode option : value) {
                if (option.isString()) {
                    strings.add(option.stringValue());
                }
            }
            enumStrings = strings;
            return true;
        }

        private static int count(JsonNode value) {
            return value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0 ? value.intValue() : -1;
        }

        boolean accepts(JsonNode node) {
            if (this == ACCEPT_ALL) {
                return true;
            }
            if (node.isObject()) {
                return (types & OBJECT) != 0 && acceptsObject(node);
            }
            if (node.isString()) {
                return (types & STRING) != 0 && acceptsString(node.stringValue());
            }
            if (node.isNumber()) {
                return acceptsNumber(node);
            }
            if (node.isArray()) {
                return (types & ARRAY) != 0 && enumStrings == null && acceptsArray(node);
            }
            if (node.isBoolean()) {
                return (types & BOOLEAN) != 0 && enumStrings == null;
            }
            return node.isNull() && (types & NULL) != 0 && enumStrings == null;
        }

        private boolean acceptsObject(JsonNode node) {
            if (enumStrings != null) {
                return false;
            }
            for (String name : required) {
                if (node.get(name) == null) {
                    return false;
                }
            }
            int matched = 0;
            for (int i = 0; i < propertyNames.length; i++) {
                JsonNode value = node.get(propertyNames[i]);
                if (value != null) {
                    matched++;
                    if (!propertySchemas[i].accepts(value)) {
                        return false;
                    }
                }
            }
            return !closed || matched == node.size();
        }

        private boolean acceptsString(String value) {
            if (enumStrings != null && !enumStrings.contains(value)) {
                return false;
            }
            if (pattern != null && !matches(value)) {
                return false;
            }
            if (minLength < 0 && maxLength < 0) {
                return true;
            }
            // JSON Schema counts code points; the UTF-16 length is an upper bound on their number.
            int units = value.length();
            if (minLength < 0 && units <= maxLength) {
                return true;
            }
            if (units < minLength) {
                return false;
            }
            int codePoints = value.codePointCount(0, units);
            return codePoints >= minLength && (maxLength < 0 || codePoints <= maxLength);
        }

        /** A match that runs out of budget is "not sure": the library then refuses the call. */
        private boolean matches(String value) {
            try {
                return pattern.matches(value);
            } catch (PatternLimitExceeded e) {
                return false;
            }
        }

        private boolean acceptsNumber(JsonNode node) {
            if (enumStrings != null) {
                return false;
            }
            boolean integral = node.isInt() || node.isLong() || node.isBigInteger();
            if ((types & NUMBER) == 0 && !((types & INTEGER) != 0 && integral)) {
                return false;
            }
            for (int i = 0, n = bounds.size(); i < n; i++) {
                if (!bounds.get(i).provablyHolds(node)) {
                    return false;
                }
            }
            return true;
        }

        private boolean acceptsArray(JsonNode node) {
            int size = node.size();
            if (size < minItems || (maxItems >= 0 && size > maxItems)) {
                return false;
            }
            if (items != null) {
                for (int i = 0; i < size; i++) {
                    if (!items.accepts(node.get(i))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
