package io.mcpbench.core.catalog.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one tool's {@code inputSchema} with the shape measured on public MCP servers: how many
 * properties, which types, how deep, how often {@code enum}, bounds, patterns, formats, unions and
 * closed objects appear. Maps are insertion-ordered so the same draws always serialize to the same
 * bytes.
 */
final class SchemaBuilder {

    static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final int STRING = 0;
    private static final int NUMBER = 1;
    private static final int ARRAY = 2;
    private static final int BOOLEAN = 3;
    private static final int CONTAINER = 4;

    /** What a built schema says about itself, for the tool's description. */
    record Built(Map<String, Object> schema, List<String> propertyNames) {
    }

    private final SplittableRandom rng;
    private final Domain domain;
    private final String noun;
    private final String verb;
    private final Names.Style style;
    private final boolean zod;
    private final int verbosity;
    private final Set<String> used = new HashSet<>();

    /**
     * @param zod       whether the server writes its schemas the way zod-to-json-schema does (draft-07
     *                  {@code $schema}, closed objects)
     * @param verbosity how much the server documents its parameters: 0 terse, 1 usual, 2 verbose
     */
    SchemaBuilder(SplittableRandom rng, Domain domain, String noun, String verb, Names.Style style, boolean zod,
            int verbosity) {
        this.rng = rng;
        this.verbosity = verbosity;
        this.domain = domain;
        this.noun = noun;
        this.verb = verb;
        this.style = style;
        this.zod = zod;
    }

    Built build() {
        Map<String, Object> root = new LinkedHashMap<>();
        double dialect = rng.nextDouble();
        if (zod) {
            root.put("$schema", DRAFT_07);
        } else if (dialect < 0.03) {
            root.put("$schema", DRAFT_2020_12);
        }
        root.put("type", "object");
        int count = topLevelCount();
        int depth = count == 0 ? 1 : depth();
        int[] types = new int[count];
        for (int i = 0; i < count; i++) {
            types[i] = flatType();
        }
        if (depth > 1) {
            types[rng.nextInt(count)] = CONTAINER;
        }
        boolean wantEnum = rng.nextDouble() < 0.52;
        int enums = wantEnum ? (rng.nextDouble() < 0.7 ? 1 : 2) : 0;
        if (enums > 0 && indexOf(types, STRING) < 0 && count > 0) {
            int slot = rng.nextInt(count);
            if (types[slot] != CONTAINER) {
                types[slot] = STRING;
            }
        }
        int union = rng.nextDouble() < 0.03 ? indexOf(types, STRING) : -1;

        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name;
            Map<String, Object> prop;
            boolean isEnum = false;
            if (i == union) {
                name = pickName(domain.strings(), Domains.COMMON.strings());
                prop = union(name);
            } else if (types[i] == STRING && enums > 0 && (rng.nextDouble() < 0.5 || lastString(types, i))) {
                Domain.EnumSpec spec = pickEnum();
                if (spec == null) {
                    name = pickName(domain.strings(), Domains.COMMON.strings());
                    prop = string(name);
                } else {
                    enums--;
                    isEnum = true;
                    name = render(spec.name());
                    prop = enumProperty(spec);
                }
            } else {
                name = i == 0 && types[i] == STRING && identifies() ? claim(noun + "_id") : nameFor(types[i]);
                prop = property(types[i], name, depth - 1);
            }
            properties.put(name, prop);
            names.add(name);
            double p = i == 0 ? 0.85 : types[i] == BOOLEAN ? 0.12 : isEnum ? 0.35 : 0.55;
            if (rng.nextDouble() < p) {
                required.add(name);
            }
        }
        root.put("properties", properties);
        if (!required.isEmpty()) {
            root.put("required", List.copyOf(required));
        }
        if (zod || count == 0 || rng.nextDouble() < 0.12) {
            root.put("additionalProperties", false);
        }
        return new Built(freeze(root), List.copyOf(names));
    }

    private static boolean lastString(int[] types, int i) {
        for (int j = i + 1; j < types.length; j++) {
            if (types[j] == STRING) {
                return false;
            }
        }
        return true;
    }

    private boolean identifies() {
        return !verb.equals("create") && !verb.equals("list") && !verb.equals("search") && !verb.equals("send")
                && !verb.equals("run") && !verb.equals("query");
    }

    private int topLevelCount() {
        double u = rng.nextDouble();
        if (u < 0.06) {
            return 0;
        }
        if (u < 0.065) {
            return 14 + rng.nextInt(13);
        }
        double g = gaussian();
        long n = Math.round(StrictMath.exp(StrictMath.log(5.4) + 0.42 * g));
        return (int) Math.max(1, Math.min(26, n));
    }

    private int depth() {
        double u = rng.nextDouble();
        return u < 0.81 ? 1 : u < 0.93 ? 2 : u < 0.99 ? 3 : 4;
    }

    private int flatType() {
        double u = rng.nextDouble();
        return u < 0.715 ? STRING : u < 0.935 ? NUMBER : u < 0.97 ? ARRAY : BOOLEAN;
    }

    private double gaussian() {
        // Box-Muller with StrictMath: identical draws on every JVM.
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private String render(String snake) {
        return Names.property(snake, style);
    }

    private String claim(String snake) {
        String name = render(snake);
        if (used.add(name)) {
            return name;
        }
        return nameFor(STRING);
    }

    private String nameFor(int type) {
        switch (type) {
            case NUMBER:
                return pickName(domain.numbers(), Domains.COMMON.numbers());
            case ARRAY:
                return pickName(domain.arrays(), Domains.COMMON.arrays());
            case BOOLEAN:
                return pickName(domain.booleans(), Domains.COMMON.booleans());
            case CONTAINER:
                return pickName(Domains.CONTAINERS, List.of(noun));
            default:
                return pickName(domain.strings(), Domains.COMMON.strings());
        }
    }

    /** A name not yet used in this object: usually from the domain, else common, else coined from a term. */
    private String pickName(List<String> primary, List<String> secondary) {
        for (int attempt = 0; attempt < 6; attempt++) {
            List<String> pool = rng.nextDouble() < 0.65 ? primary : secondary;
            if (pool.isEmpty()) {
                pool = pool == primary ? secondary : primary;
            }
            if (pool.isEmpty()) {
                break;
            }
            String name = render(pool.get(rng.nextInt(pool.size())));
            if (used.add(name)) {
                return name;
            }
        }
        for (int n = 0;; n++) {
            List<String> terms = n < 20 ? domain.terms() : Domains.COMMON.terms();
            String suffix = n < 40 ? List.of("name", "filter", "mode", "ref", "key", "label").get(rng.nextInt(6))
                    : "option_" + n;
            String name = render(terms.get(rng.nextInt(terms.size())) + "_" + suffix);
            if (used.add(name)) {
                return name;
            }
        }
    }

    private Domain.EnumSpec pickEnum() {
        for (int attempt = 0; attempt < 6; attempt++) {
            List<Domain.EnumSpec> pool = attempt < 3 && !domain.enums().isEmpty() && rng.nextDouble() < 0.7
                    ? domain.enums() : Domains.COMMON.enums();
            Domain.EnumSpec spec = pool.get(rng.nextInt(pool.size()));
            if (used.add(render(spec.name()))) {
                return spec;
            }
        }
        return null;
    }

    private Map<String, Object> property(int type, String name, int levelsBelow) {
        switch (type) {
            case NUMBER:
                return number(name);
            case ARRAY:
                return array(name);
            case BOOLEAN:
                return bool(name);
            case CONTAINER:
                return container(name, Math.max(1, levelsBelow));
            default:
                return string(name);
        }
    }

    private Map<String, Object> string(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        String lower = Names.lower(name);
        describe(p, name);
        if (lower.endsWith("sha")) {
            p.put("pattern", Lexicon.PATTERN_SHA);
        } else if (lower.equals("issue_key") || lower.equals("issuekey")) {
            p.put("pattern", Lexicon.PATTERN_ISSUE_KEY);
        } else if (lower.equals("project_key") || lower.equals("projectkey")) {
            p.put("pattern", Lexicon.PATTERN_PROJECT_KEY);
        } else if (lower.endsWith("slug")) {
            p.put("pattern", Lexicon.PATTERN_SLUG);
        } else if (lower.contains("timezone") || lower.contains("time_zone")) {
            if (rng.nextDouble() < 0.6) {
                p.put("pattern", Lexicon.PATTERN_TIMEZONE);
            }
        } else if (lower.equals("channel_id") || lower.equals("channelid")) {
            p.put("pattern", Lexicon.PATTERN_CHANNEL);
        } else if (lower.equals("phone_number") || lower.equals("phonenumber")) {
            p.put("pattern", Lexicon.PATTERN_E164);
        } else if (lower.endsWith("url") || lower.endsWith("uri")) {
            p.put("format", "uri");
        } else if (lower.endsWith("email")) {
            p.put("format", "email");
        } else if (lower.endsWith("_at") || lower.endsWith("time") || lower.startsWith("since")
                || lower.contains("after") || lower.contains("before") || lower.equals("oldest")
                || lower.equals("latest")) {
            if (rng.nextDouble() < 0.5) {
                p.put("format", "date-time");
            } else if (rng.nextDouble() < 0.4) {
                p.put("pattern", Lexicon.PATTERN_DATE);
            }
        } else if (lower.endsWith("id") || lower.endsWith("key") || lower.endsWith("ref")) {
            double u = rng.nextDouble();
            if (u < 0.3) {
                p.put("pattern", Lexicon.PATTERN_ID);
            } else if (u < 0.4) {
                p.put("format", "uuid");
            } else if (u < 0.55) {
                p.put("minLength", 1);
            }
        } else if (isContent(lower)) {
            if (rng.nextDouble() < 0.2) {
                p.put("minLength", 1);
            }
        } else {
            double u = rng.nextDouble();
            if (u < 0.2) {
                p.put("minLength", 1);
                p.put("maxLength", List.of(64, 100, 128, 255, 256, 1000).get(rng.nextInt(6)));
            } else if (u < 0.3) {
                p.put("maxLength", List.of(100, 255, 500).get(rng.nextInt(3)));
            }
        }
        return p;
    }

    static boolean isContent(String lower) {
        return lower.contains("body") || lower.contains("content") || lower.contains("text")
                || lower.contains("message") || lower.contains("description") || lower.contains("sql")
                || lower.contains("script") || lower.contains("query") || lower.equals("jql")
                || lower.contains("manifest") || lower.contains("dockerfile") || lower.equals("value")
                || lower.contains("summary") || lower.contains("observation") || lower.equals("note");
    }

    private Map<String, Object> number(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        String lower = Names.lower(name);
        boolean real = lower.contains("latitude") || lower.contains("longitude") || lower.contains("amount")
                || lower.contains("price") || lower.contains("scale") || lower.contains("cpus") || lower.equals("x")
                || lower.equals("y");
        p.put("type", real ? "number" : "integer");
        describe(p, name);
        if (lower.contains("latitude")) {
            p.put("minimum", -90);
            p.put("maximum", 90);
        } else if (lower.contains("longitude")) {
            p.put("minimum", -180);
            p.put("maximum", 180);
        } else if (lower.contains("page") && !lower.contains("size") && !lower.contains("per")) {
            p.put("minimum", 1);
            if (rng.nextDouble() < 0.5) {
                p.put("default", 1);
            }
        } else if (lower.contains("limit") || lower.contains("max") || lower.contains("per_page")
                || lower.contains("perpage") || lower.contains("size") || lower.equals("count")
                || lower.equals("first")) {
            int max = List.of(50, 100, 100, 200, 500, 1000).get(rng.nextInt(6));
            if (rng.nextDouble() < 0.8) {
                p.put("minimum", 1);
                p.put("maximum", max);
            }
            if (rng.nextDouble() < 0.4) {
                p.put("default", Math.min(max, List.of(10, 20, 25, 30, 50).get(rng.nextInt(5))));
            }
        } else if (rng.nextDouble() < 0.42) {
            Object min = real ? (Object) 0.0 : (Object) (rng.nextDouble() < 0.5 ? 0 : 1);
            p.put("minimum", min);
            if (rng.nextDouble() < 0.4) {
                Object max = real ? (Object) 1_000_000.0 : (Object) List.of(60, 100, 3600, 10000, 86400).get(rng.nextInt(5));
                p.put("maximum", max);
            }
        }
        return p;
    }

    private Map<String, Object> array(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "array");
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("type", "string");
        if (rng.nextDouble() < 0.15) {
            items.put("minLength", 1);
        }
        p.put("items", items);
        describe(p, name);
        double u = rng.nextDouble();
        if (u < 0.15) {
            p.put("minItems", 1);
        } else if (u < 0.25) {
            p.put("maxItems", List.of(10, 20, 50, 100).get(rng.nextInt(4)));
        } else if (u < 0.3) {
            p.put("uniqueItems", true);
        }
        return p;
    }

    private Map<String, Object> bool(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "boolean");
        describe(p, name);
        if (rng.nextDouble() < 0.35) {
            p.put("default", false);
        }
        return p;
    }

    private Map<String, Object> enumProperty(Domain.EnumSpec spec) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        p.put("enum", List.copyOf(spec.values()));
        if (rng.nextDouble() < 0.8) {
            p.put("description", enumDescription(spec));
        }
        if (rng.nextDouble() < 0.3) {
            p.put("default", spec.values().get(0));
        }
        return p;
    }

    private Map<String, Object> union(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("type", "string");
        text.put("minLength", 1);
        Map<String, Object> numeric = new LinkedHashMap<>();
        numeric.put("type", "integer");
        numeric.put("minimum", 1);
        p.put(rng.nextBoolean() ? "anyOf" : "oneOf", List.of(text, numeric));
        describe(p, name);
        return p;
    }

    private Map<String, Object> container(String name, int levels) {
        // Nested properties use their own name scope, as in real schemas.
        SchemaBuilder inner = new SchemaBuilder(rng, domain, noun, verb, style, zod, verbosity);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        int count = 2 + rng.nextInt(4);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        int nestedSlot = levels > 1 ? rng.nextInt(count) : -1;
        for (int i = 0; i < count; i++) {
            int type = i == nestedSlot ? CONTAINER : inner.flatType();
            String propName = inner.nameFor(type);
            properties.put(propName, inner.property(type, propName, levels - 1));
            if (rng.nextDouble() < 0.4) {
                required.add(propName);
            }
        }
        object.put("properties", properties);
        if (!required.isEmpty()) {
            object.put("required", List.copyOf(required));
        }
        if (zod || rng.nextDouble() < 0.2) {
            object.put("additionalProperties", false);
        }
        if (rng.nextDouble() < 0.3) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", "object");
            describe(p, name);
            object.remove("type");
            p.putAll(object);
            return p;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "array");
        describe(p, name);
        p.put("items", object);
        if (rng.nextDouble() < 0.3) {
            p.put("minItems", 1);
        }
        return p;
    }

    private void describe(Map<String, Object> p, String name) {
        if (rng.nextDouble() < (verbosity == 0 ? 0.35 : verbosity == 1 ? 0.6 : 0.97)) {
            p.put("description", PropertyText.describe(rng, domain, noun, name, verbosity));
        }
    }

    private String enumDescription(Domain.EnumSpec spec) {
        String words = Names.words(spec.name());
        switch (rng.nextInt(3)) {
            case 0:
                return "Filter by " + words;
            case 1:
                return Names.capitalize(words) + " of the " + Names.words(noun) + ": one of "
                        + String.join(", ", spec.values());
            default:
                return "The " + words + " to use";
        }
    }

    /** Deeply unmodifiable copy; keeps insertion order. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> freeze(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>(map.size() * 2);
        for (Map.Entry<String, Object> e : map.entrySet()) {
            out.put(e.getKey(), freezeValue(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Object freezeValue(Object v) {
        if (v instanceof Map) {
            return freeze((Map<String, Object>) v);
        }
        if (v instanceof List) {
            List<Object> list = new ArrayList<>(((List<Object>) v).size());
            for (Object o : (List<Object>) v) {
                list.add(freezeValue(o));
            }
            return Collections.unmodifiableList(list);
        }
        return v;
    }
}
