package io.mcpbench.workload.catalog;

import io.mcpbench.workload.text.Names;
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
    private final LeafSchemas leaves;

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
        this.leaves = new LeafSchemas(rng, domain, noun, verbosity);
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
                prop = leaves.union(name);
            } else if (types[i] == STRING && enums > 0 && (rng.nextDouble() < 0.5 || lastString(types, i))) {
                Domain.EnumSpec spec = pickEnum();
                if (spec == null) {
                    name = pickName(domain.strings(), Domains.COMMON.strings());
                    prop = leaves.string(name);
                } else {
                    enums--;
                    isEnum = true;
                    name = render(spec.name());
                    prop = leaves.enumProperty(spec);
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
                return leaves.number(name);
            case ARRAY:
                return leaves.array(name);
            case BOOLEAN:
                return leaves.bool(name);
            case CONTAINER:
                return container(name, Math.max(1, levelsBelow));
            default:
                return leaves.string(name);
        }
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
            leaves.describe(p, name);
            object.remove("type");
            p.putAll(object);
            return p;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "array");
        leaves.describe(p, name);
        p.put("items", object);
        if (rng.nextDouble() < 0.3) {
            p.put("minItems", 1);
        }
        return p;
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
