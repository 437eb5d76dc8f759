package io.mcpbench.core.catalog.generator;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded generator of {@code tools/call} arguments for a tool: valid ones that satisfy its
 * {@code inputSchema}, small or carrying a large content field, and invalid ones that break it in
 * exactly one known way. Validation benchmarks need both, in a known mix, reproducibly: the same
 * seed and the same sequence of calls give the same JSON bytes.
 *
 * <p>It understands the JSON Schema keywords tool schemas use ({@code type}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code enum}, {@code const},
 * {@code anyOf}/{@code oneOf}, numeric bounds, string lengths, array sizes, the formats
 * {@code date-time}, {@code date}, {@code uri}, {@code email}, {@code uuid}, and the patterns
 * {@link CatalogGenerator} writes). A schema with any other {@code pattern} is rejected with an
 * {@link IllegalArgumentException} rather than answered with arguments that might not be valid, and
 * so is one using {@code $ref}, {@code allOf}, {@code not}, {@code if} or other keywords it does not
 * model.
 *
 * <p>Not thread-safe: it advances one random sequence. Use one instance per thread.
 */
public final class ArgumentGenerator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MIN_LARGE = 2 * 1024;
    private static final int MAX_LARGE = 64 * 1024;

    private final SplittableRandom rng;

    public ArgumentGenerator(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    /** Valid arguments for {@code tool} as JSON object text. */
    public String valid(McpSchema.Tool tool, ArgumentSize size) {
        return JSON.writeValueAsString(validArguments(tool, size));
    }

    /**
     * Valid arguments for {@code tool}, as the map a {@link McpSchema.CallToolRequest} carries. All
     * required properties and about half of the optional ones are present. {@link ArgumentSize#LARGE}
     * fills one unconstrained top-level string (content-like names first) with 2-64 KB of text, or
     * failing that an unbounded array of strings; a tool with neither gets small arguments.
     */
    public Map<String, Object> validArguments(McpSchema.Tool tool, ArgumentSize size) {
        Map<String, Object> schema = schemaOf(tool);
        Objects.requireNonNull(size, "size");
        Map<String, Object> args = root(schema, tool.name());
        if (size == ArgumentSize.LARGE) {
            enlarge(schema, args);
        }
        return args;
    }

    /** Arguments for {@code tool} that break its schema in one known way, as JSON object text. */
    public String invalid(McpSchema.Tool tool) {
        return invalidArguments(tool).json();
    }

    /**
     * Arguments for {@code tool} that break its schema in exactly one way, chosen among the ways the
     * schema allows (a missing required property, a wrong type, a value outside an enum or a bound,
     * a bad length or pattern, an undeclared property where none is allowed), with which field and why.
     *
     * @throws IllegalArgumentException if the schema accepts every object, so no invalid object exists
     */
    public InvalidArguments invalidArguments(McpSchema.Tool tool) {
        Map<String, Object> schema = schemaOf(tool);
        Map<String, Object> props = properties(schema);
        List<Violation> kinds = new ArrayList<>();
        List<List<String>> fields = new ArrayList<>();
        for (Violation v : Violation.values()) {
            List<String> applicable = applicable(v, schema, props);
            if (!applicable.isEmpty()) {
                kinds.add(v);
                fields.add(applicable);
            }
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("tool '" + tool.name()
                    + "' accepts every JSON object: there are no invalid arguments to generate");
        }
        int k = rng.nextInt(kinds.size());
        return breaking(tool, schema, kinds.get(k), fields.get(k).get(rng.nextInt(fields.get(k).size())));
    }

    /**
     * Arguments for {@code tool} that break its schema in the given way, at a field chosen among
     * those where that is possible.
     *
     * @throws IllegalArgumentException if the schema offers no field where {@code violation} can happen
     */
    public InvalidArguments invalidArguments(McpSchema.Tool tool, Violation violation) {
        Map<String, Object> schema = schemaOf(tool);
        List<String> applicable = applicable(Objects.requireNonNull(violation, "violation"), schema,
                properties(schema));
        if (applicable.isEmpty()) {
            throw new IllegalArgumentException("tool '" + tool.name() + "' has no field that can be made "
                    + violation);
        }
        return breaking(tool, schema, violation, applicable.get(rng.nextInt(applicable.size())));
    }

    /** Which violations {@code tool}'s schema allows, in declaration order of {@link Violation}. */
    public List<Violation> possibleViolations(McpSchema.Tool tool) {
        Map<String, Object> schema = schemaOf(tool);
        Map<String, Object> props = properties(schema);
        List<Violation> out = new ArrayList<>();
        for (Violation v : Violation.values()) {
            if (!applicable(v, schema, props).isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private InvalidArguments breaking(McpSchema.Tool tool, Map<String, Object> schema, Violation violation,
            String field) {
        Map<String, Object> props = properties(schema);
        Map<String, Object> args = root(schema, tool.name());
        Map<String, Object> p = violation == Violation.ADDITIONAL_PROPERTY || violation == Violation.MISSING_REQUIRED
                ? Map.of() : map(props.get(field));
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
                int min = intOf(p, "minLength", 0);
                args.put(field, "x".repeat(min - 1));
                reason = "'" + field + "' must be at least " + min + " characters long";
                break;
            }
            case TOO_LONG: {
                int max = intOf(p, "maxLength", 0);
                args.put(field, "x".repeat(max + 1));
                reason = "'" + field + "' must be at most " + max + " characters long";
                break;
            }
            case PATTERN_MISMATCH:
                args.put(field, mismatch((String) p.get("pattern")));
                reason = "'" + field + "' must match the pattern " + p.get("pattern");
                break;
            case TOO_FEW_ITEMS: {
                int min = intOf(p, "minItems", 0);
                args.put(field, items(p, min - 1));
                reason = "'" + field + "' must have at least " + min + " items";
                break;
            }
            case TOO_MANY_ITEMS: {
                int max = intOf(p, "maxItems", 0);
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

    private static List<String> applicable(Violation v, Map<String, Object> schema, Map<String, Object> props) {
        List<String> out = new ArrayList<>();
        switch (v) {
            case MISSING_REQUIRED:
                for (Object r : list(schema.get("required"))) {
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
            Map<String, Object> p = map(e.getValue());
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
                    ok = plainString && intOf(p, "minLength", 0) >= 1;
                    break;
                case TOO_LONG:
                    ok = plainString && p.get("maxLength") instanceof Number;
                    break;
                case PATTERN_MISMATCH:
                    ok = "string".equals(type) && p.get("pattern") instanceof String && !p.containsKey("enum")
                            && mismatch((String) p.get("pattern")) != null;
                    break;
                case TOO_FEW_ITEMS:
                    ok = "array".equals(type) && intOf(p, "minItems", 0) >= 1;
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
        Map<String, Object> itemSchema = map(arraySchema.get("items"));
        List<Object> out = new ArrayList<>(Math.max(0, count));
        for (int i = 0; i < count; i++) {
            out.add(value(itemSchema, "item"));
        }
        return out;
    }

    // ---- valid values ----

    private Map<String, Object> object(Map<String, Object> schema) {
        Map<String, Object> props = properties(schema);
        Set<String> required = new HashSet<>();
        for (Object r : list(schema.get("required"))) {
            required.add((String) r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : props.entrySet()) {
            if (required.contains(e.getKey()) || rng.nextDouble() < 0.5) {
                out.put(e.getKey(), value(map(e.getValue()), e.getKey()));
            }
        }
        for (String r : required) {
            if (!out.containsKey(r)) {
                out.put(r, Lexicon.name(rng));
            }
        }
        return out;
    }

    private static final String[] UNSUPPORTED = {"$ref", "$dynamicRef", "allOf", "not", "if", "dependentSchemas",
        "patternProperties", "propertyNames", "contains"};

    private Map<String, Object> root(Map<String, Object> schema, String toolName) {
        requireSupported(schema, toolName);
        return object(schema);
    }

    private static void requireSupported(Map<String, Object> s, String name) {
        for (String keyword : UNSUPPORTED) {
            if (s.containsKey(keyword)) {
                throw new IllegalArgumentException("cannot generate a value for '" + name + "': keyword " + keyword
                        + " is not supported");
            }
        }
    }

    private Object value(Map<String, Object> s, String name) {
        requireSupported(s, name);
        if (s.containsKey("const")) {
            return s.get("const");
        }
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(rng.nextInt(values.size()));
        }
        Object union = s.containsKey("anyOf") ? s.get("anyOf") : s.get("oneOf");
        if (union instanceof List<?> branches && !branches.isEmpty()) {
            return value(map(branches.get(rng.nextInt(branches.size()))), name);
        }
        Object type = s.get("type");
        if (type instanceof List<?> types) {
            type = types.isEmpty() ? null : types.get(0);
            if ("null".equals(type) && types.size() > 1) {
                type = types.get(1);
            }
        }
        if (type == null) {
            type = s.containsKey("properties") ? "object" : s.containsKey("items") ? "array" : "string";
        }
        switch ((String) type) {
            case "object":
                return object(s);
            case "array":
                return array(s, name);
            case "integer":
                return integer(s);
            case "number":
                return number(s);
            case "boolean":
                return rng.nextBoolean();
            case "null":
                return null;
            default:
                return string(s, name);
        }
    }

    private List<Object> array(Map<String, Object> s, String name) {
        int min = intOf(s, "minItems", 0);
        int max = intOf(s, "maxItems", min + 3);
        int count = min + rng.nextInt(Math.min(3, max - min) + 1);
        Map<String, Object> itemSchema = map(s.get("items"));
        boolean unique = Boolean.TRUE.equals(s.get("uniqueItems"));
        List<Object> out = new ArrayList<>(count);
        for (int attempts = 0; out.size() < count && attempts < count * 20 + 20; attempts++) {
            Object v = value(itemSchema, name);
            if (!unique || !out.contains(v)) {
                out.add(v);
            }
        }
        if (out.size() < min) {
            throw new IllegalArgumentException("cannot generate " + min + " distinct items for '" + name + "'");
        }
        return out;
    }

    private long integer(Map<String, Object> s) {
        long lo = s.get("minimum") instanceof Number n ? (long) Math.ceil(n.doubleValue()) : Long.MIN_VALUE;
        long hi = s.get("maximum") instanceof Number n ? (long) Math.floor(n.doubleValue()) : Long.MAX_VALUE;
        if (s.get("exclusiveMinimum") instanceof Number n) {
            lo = Math.max(lo, (long) Math.floor(n.doubleValue()) + 1);
        }
        if (s.get("exclusiveMaximum") instanceof Number n) {
            hi = Math.min(hi, (long) Math.ceil(n.doubleValue()) - 1);
        }
        if (lo == Long.MIN_VALUE) {
            lo = hi == Long.MAX_VALUE ? 0 : Math.min(0, hi);
        }
        if (hi == Long.MAX_VALUE) {
            hi = lo + 100;
        }
        if (hi < lo) {
            throw new IllegalArgumentException("empty integer range [" + lo + ", " + hi + "]");
        }
        return lo + rng.nextLong(hi - lo + 1);
    }

    private double number(Map<String, Object> s) {
        double lo = s.get("minimum") instanceof Number n ? n.doubleValue() : Double.NaN;
        double hi = s.get("maximum") instanceof Number n ? n.doubleValue() : Double.NaN;
        boolean exclusive = false;
        if (s.get("exclusiveMinimum") instanceof Number n) {
            lo = Double.isNaN(lo) ? n.doubleValue() : Math.max(lo, n.doubleValue());
            exclusive = true;
        }
        if (s.get("exclusiveMaximum") instanceof Number n) {
            hi = Double.isNaN(hi) ? n.doubleValue() : Math.min(hi, n.doubleValue());
            exclusive = true;
        }
        if (Double.isNaN(lo)) {
            lo = Double.isNaN(hi) ? 0 : Math.min(0, hi - 100);
        }
        if (Double.isNaN(hi)) {
            hi = lo + 100;
        }
        double v = Math.round((lo + rng.nextDouble() * (hi - lo)) * 100) / 100.0;
        if (v < lo || v > hi || (exclusive && (v == lo || v == hi))) {
            v = lo + (hi - lo) / 2;
        }
        return v;
    }

    private String string(Map<String, Object> s, String name) {
        if (s.get("format") instanceof String format) {
            String v = Lexicon.formatted(format, rng);
            if (v != null) {
                return v;
            }
        }
        if (s.get("pattern") instanceof String pattern) {
            String v = Lexicon.matching(pattern, rng);
            if (v == null) {
                throw new IllegalArgumentException("cannot generate a string for '" + name + "' matching " + pattern);
            }
            return v;
        }
        int min = intOf(s, "minLength", 0);
        int max = intOf(s, "maxLength", Integer.MAX_VALUE);
        String lower = Names.lower(name);
        String v;
        if (lower.contains("path") || lower.equals("destination") || lower.equals("source")) {
            v = Lexicon.path(rng);
        } else if (SchemaBuilder.isContent(lower)) {
            v = Lexicon.text(rng, 20, 140);
        } else {
            v = Lexicon.name(rng);
        }
        if (v.length() < min || v.length() > max) {
            int hi = (int) Math.min(max, Math.max(min, 24L));
            v = Lexicon.text(rng, Math.min(min, hi), hi);
        }
        return v;
    }

    // ---- large content ----

    private void enlarge(Map<String, Object> schema, Map<String, Object> args) {
        int target = (int) (MIN_LARGE * StrictMath.pow(2, rng.nextDouble() * 5));
        Map<String, Object> props = properties(schema);
        String best = null;
        for (Map.Entry<String, Object> e : props.entrySet()) {
            Map<String, Object> p = map(e.getValue());
            if ("string".equals(p.get("type")) && !p.containsKey("enum") && !p.containsKey("pattern")
                    && !p.containsKey("format") && !p.containsKey("const")
                    && intOf(p, "maxLength", Integer.MAX_VALUE) >= target) {
                if (best == null || SchemaBuilder.isContent(Names.lower(e.getKey()))) {
                    best = e.getKey();
                    if (SchemaBuilder.isContent(Names.lower(best))) {
                        break;
                    }
                }
            }
        }
        if (best != null) {
            args.put(best, Lexicon.text(rng, target, target));
            return;
        }
        for (Map.Entry<String, Object> e : props.entrySet()) {
            Map<String, Object> p = map(e.getValue());
            Map<String, Object> items = map(p.get("items"));
            if ("array".equals(p.get("type")) && !p.containsKey("maxItems") && "string".equals(items.get("type"))
                    && !items.containsKey("enum") && !items.containsKey("pattern") && !items.containsKey("format")
                    && !items.containsKey("maxLength")) {
                List<Object> lines = new ArrayList<>();
                int total = 0;
                while (total < target) {
                    String line = (lines.size() + 1) + " " + Lexicon.text(rng, 60, 200);
                    lines.add(line);
                    total += line.length() + 3;
                }
                args.put(e.getKey(), lines);
                return;
            }
        }
    }

    // ---- schema access ----

    private static Map<String, Object> schemaOf(McpSchema.Tool tool) {
        Objects.requireNonNull(tool, "tool");
        Map<String, Object> schema = tool.inputSchema();
        if (schema == null) {
            throw new IllegalArgumentException("tool '" + tool.name() + "' has no inputSchema");
        }
        Object type = schema.get("type");
        if (type != null && !"object".equals(type)) {
            throw new IllegalArgumentException("tool '" + tool.name() + "' inputSchema must be of type object, not "
                    + type);
        }
        return schema;
    }

    private static Map<String, Object> properties(Map<String, Object> schema) {
        return map(schema.get("properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static int intOf(Map<String, Object> s, String key, int fallback) {
        return s.get(key) instanceof Number n ? n.intValue() : fallback;
    }
}
