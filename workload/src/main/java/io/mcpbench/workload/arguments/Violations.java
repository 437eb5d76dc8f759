package io.mcpbench.workload.arguments;

import io.mcpbench.workload.text.Lexicon;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Breaks a tool's schema in one known way: where each {@link Violation} can happen in a schema,
 * and arguments that are valid but for that one field.
 */
final class Violations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ValidValues values;
    private final SplittableRandom rng;

    Violations(ValidValues values, SplittableRandom rng) {
        this.values = values;
        this.rng = rng;
    }

    InvalidArguments breaking(McpSchema.Tool tool, Map<String, Object> schema, Violation violation,
            String field) {
        Map<String, Object> props = SchemaMaps.properties(schema);
        Map<String, Object> args = values.root(schema, tool.name());
        Map<String, Object> p = violation == Violation.ADDITIONAL_PROPERTY || violation == Violation.MISSING_REQUIRED
                ? Map.of() : SchemaMaps.map(props.get(field));
        String reason;
        switch (violation) {
            case MISSING_REQUIRED:
                args.remove(field);
                reason = "required property '" + field + "' is missing";
                break;
            case WRONG_TYPE: {
                String type = (String) p.get("type");
                args.put(field, "string".equals(type) ? (Object) 42 : "not-a-" + type);
                reason = "'" + field + "' must be of type " + type;
                break;
            }
            case NOT_IN_ENUM: {
                List<?> allowed = (List<?>) p.get("enum");
                String bad = "unsupported_value";
                while (allowed.contains(bad)) {
                    bad = bad + "_x";
                }
                args.put(field, bad);
                reason = "'" + field + "' must be one of " + allowed + ", was '" + bad + "'";
                break;
            }
            case BELOW_MINIMUM: {
                Number min = (Number) p.get("minimum");
                args.put(field, "integer".equals(p.get("type")) ? (Object) ((long) Math.ceil(min.doubleValue()) - 1)
                        : (Object) (min.doubleValue() - 0.5));
                reason = "'" + field + "' must be at least " + min;
                break;
            }
            case ABOVE_MAXIMUM: {
                Number max = (Number) p.get("maximum");
                args.put(field, "integer".equals(p.get("type")) ? (Object) ((long) Math.floor(max.doubleValue()) + 1)
                        : (Object) (max.doubleValue() + 0.5));
                reason = "'" + field + "' must be at most " + max;
                break;
            }
            case TOO_SHORT: {
                int min = SchemaMaps.intOf(p, "minLength", 0);
                args.put(field, "x".repeat(min - 1));
                reason = "'" + field + "' must be at least " + min + " characters long";
                break;
            }
            case TOO_LONG: {
                int max = SchemaMaps.intOf(p, "maxLength", 0);
                args.put(field, "x".repeat(max + 1));
                reason = "'" + field + "' must be at most " + max + " characters long";
                break;
            }
            case PATTERN_MISMATCH:
                args.put(field, mismatch((String) p.get("pattern")));
                reason = "'" + field + "' must match the pattern " + p.get("pattern");
                break;
            case TOO_FEW_ITEMS: {
                int min = SchemaMaps.intOf(p, "minItems", 0);
                args.put(field, items(p, min - 1));
                reason = "'" + field + "' must have at least " + min + " items";
                break;
            }
            case TOO_MANY_ITEMS: {
                int max = SchemaMaps.intOf(p, "maxItems", 0);
                args.put(field, items(p, max + 1));
                reason = "'" + field + "' must have at most " + max + " items";
                break;
            }
            case ADDITIONAL_PROPERTY:
                args.put(field, Lexicon.name(rng));
                reason = "property '" + field + "' is not declared and additional properties are not allowed";
                break;
            default:
                throw new IllegalStateException("unhandled " + violation);
        }
        return new InvalidArguments(JSON.writeValueAsString(args), field, violation, reason);
    }

    static List<String> applicable(Violation v, Map<String, Object> schema, Map<String, Object> props) {
        List<String> out = new ArrayList<>();
        switch (v) {
            case MISSING_REQUIRED:
                for (Object r : SchemaMaps.list(schema.get("required"))) {
                    out.add((String) r);
                }
                return out;
            case ADDITIONAL_PROPERTY:
                if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                    String extra = "unexpected_field";
                    while (props.containsKey(extra)) {
                        extra = extra + "_x";
                    }
                    out.add(extra);
                }
                return out;
            default:
                break;
        }
        for (Map.Entry<String, Object> e : props.entrySet()) {
            Map<String, Object> p = SchemaMaps.map(e.getValue());
            Object type = p.get("type");
            boolean plainString = "string".equals(type) && !p.containsKey("pattern") && !p.containsKey("format")
                    && !p.containsKey("enum");
            boolean ok;
            switch (v) {
                case WRONG_TYPE:
                    ok = type instanceof String && !"null".equals(type);
                    break;
                case NOT_IN_ENUM:
                    ok = "string".equals(type) && p.get("enum") instanceof List;
                    break;
                case BELOW_MINIMUM:
                    ok = p.get("minimum") instanceof Number && ("integer".equals(type) || "number".equals(type));
                    break;
                case ABOVE_MAXIMUM:
                    ok = p.get("maximum") instanceof Number && ("integer".equals(type) || "number".equals(type));
                    break;
                case TOO_SHORT:
                    ok = plainString && SchemaMaps.intOf(p, "minLength", 0) >= 1;
                    break;
                case TOO_LONG:
                    ok = plainString && p.get("maxLength") instanceof Number;
                    break;
                case PATTERN_MISMATCH:
                    ok = "string".equals(type) && p.get("pattern") instanceof String && !p.containsKey("enum")
                            && mismatch((String) p.get("pattern")) != null;
                    break;
                case TOO_FEW_ITEMS:
                    ok = "array".equals(type) && SchemaMaps.intOf(p, "minItems", 0) >= 1;
                    break;
                case TOO_MANY_ITEMS:
                    ok = "array".equals(type) && p.get("maxItems") instanceof Number
                            && !Boolean.TRUE.equals(p.get("uniqueItems"));
                    break;
                default:
                    ok = false;
            }
            if (ok) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static final String[] MISMATCHES = {"not a match!", "??", " ", "ZZZ not-valid", "@@@"};

    /** A string that the pattern does not find, or null if every candidate matches. */
    private static String mismatch(String pattern) {
        Pattern compiled = Pattern.compile(pattern);
        for (String candidate : MISMATCHES) {
            if (!compiled.matcher(candidate).find()) {
                return candidate;
            }
        }
        return null;
    }

    private List<Object> items(Map<String, Object> arraySchema, int count) {
        Map<String, Object> itemSchema = SchemaMaps.map(arraySchema.get("items"));
        List<Object> out = new ArrayList<>(Math.max(0, count));
        for (int i = 0; i < count; i++) {
            out.add(values.value(itemSchema, "item"));
        }
        return out;
    }
}
