package io.mcpbench.workload.arguments;

import io.mcpbench.workload.text.Lexicon;
import io.mcpbench.workload.text.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Values that satisfy a schema, drawn from one random sequence: objects with every required and
 * about half of the optional properties, numbers inside their bounds, strings of the right format,
 * pattern and length, and, on request, one field filled with 2-64 KB of content.
 */
final class ValidValues {

    private static final int MIN_LARGE = 2 * 1024;
    private static final int MAX_LARGE = 64 * 1024;

    private final SplittableRandom rng;

    ValidValues(SplittableRandom rng) {
        this.rng = rng;
    }

    private Map<String, Object> object(Map<String, Object> schema) {
        Map<String, Object> props = SchemaMaps.properties(schema);
        Set<String> required = new HashSet<>();
        for (Object r : SchemaMaps.list(schema.get("required"))) {
            required.add((String) r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : props.entrySet()) {
            if (required.contains(e.getKey()) || rng.nextDouble() < 0.5) {
                out.put(e.getKey(), value(SchemaMaps.map(e.getValue()), e.getKey()));
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

    Map<String, Object> root(Map<String, Object> schema, String toolName) {
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

    Object value(Map<String, Object> s, String name) {
        requireSupported(s, name);
        if (s.containsKey("const")) {
            return s.get("const");
        }
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(rng.nextInt(values.size()));
        }
        Object union = s.containsKey("anyOf") ? s.get("anyOf") : s.get("oneOf");
        if (union instanceof List<?> branches && !branches.isEmpty()) {
            return value(SchemaMaps.map(branches.get(rng.nextInt(branches.size()))), name);
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
        int min = SchemaMaps.intOf(s, "minItems", 0);
        int max = SchemaMaps.intOf(s, "maxItems", min + 3);
        int count = min + rng.nextInt(Math.min(3, max - min) + 1);
        Map<String, Object> itemSchema = SchemaMaps.map(s.get("items"));
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
        int min = SchemaMaps.intOf(s, "minLength", 0);
        int max = SchemaMaps.intOf(s, "maxLength", Integer.MAX_VALUE);
        String lower = Names.lower(name);
        String v;
        if (lower.contains("path") || lower.equals("destination") || lower.equals("source")) {
            v = Lexicon.path(rng);
        } else if (Names.isContent(lower)) {
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

    void enlarge(Map<String, Object> schema, Map<String, Object> args) {
        int target = (int) (MIN_LARGE * StrictMath.pow(2, rng.nextDouble() * 5));
        Map<String, Object> props = SchemaMaps.properties(schema);
        String best = null;
        for (Map.Entry<String, Object> e : props.entrySet()) {
            Map<String, Object> p = SchemaMaps.map(e.getValue());
            if ("string".equals(p.get("type")) && !p.containsKey("enum") && !p.containsKey("pattern")
                    && !p.containsKey("format") && !p.containsKey("const")
                    && SchemaMaps.intOf(p, "maxLength", Integer.MAX_VALUE) >= target) {
                if (best == null || Names.isContent(Names.lower(e.getKey()))) {
                    best = e.getKey();
                    if (Names.isContent(Names.lower(best))) {
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
            Map<String, Object> p = SchemaMaps.map(e.getValue());
            Map<String, Object> items = SchemaMaps.map(p.get("items"));
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
}
