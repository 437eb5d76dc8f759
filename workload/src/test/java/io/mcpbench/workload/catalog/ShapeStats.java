package io.mcpbench.workload.catalog;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Measures a catalog the way the "Realistic data" figures were measured on public servers. */
public final class ShapeStats {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    int tools;
    int servers;
    final List<Integer> serverSizes = new ArrayList<>();
    final List<Integer> schemaBytes = new ArrayList<>();
    final List<Integer> topLevel = new ArrayList<>();
    final List<Integer> descriptionChars = new ArrayList<>();
    int topLevelProps;
    int requiredProps;
    int toolsWithRequired;
    int strings;
    int numbers;
    int arrays;
    int booleans;
    int objects;
    final int[] depths = new int[8];
    int toolsWithEnum;
    int toolsWithBounds;
    int toolsWithUnion;
    int toolsWithDraft07;
    int toolsClosed;
    int toolsWithPattern;
    int toolsWithFormat;
    final List<Integer> enumSizes = new ArrayList<>();

    static ShapeStats of(Map<String, List<McpSchema.Tool>> catalog) {
        ShapeStats s = new ShapeStats();
        for (List<McpSchema.Tool> list : catalog.values()) {
            s.servers++;
            s.serverSizes.add(list.size());
            for (McpSchema.Tool t : list) {
                s.add(t);
            }
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private void add(McpSchema.Tool tool) {
        tools++;
        Map<String, Object> schema = tool.inputSchema();
        schemaBytes.add(JSON.writeValueAsBytes(schema).length);
        descriptionChars.add(tool.description().length());
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        topLevel.add(props.size());
        topLevelProps += props.size();
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        requiredProps += required.size();
        if (!required.isEmpty()) {
            toolsWithRequired++;
        }
        if (SchemaBuilder.DRAFT_07.equals(schema.get("$schema"))) {
            toolsWithDraft07++;
        }
        if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
            toolsClosed++;
        }
        Flags f = new Flags();
        int depth = walkObject(schema, 1, f);
        depths[Math.min(depth, depths.length - 1)]++;
        toolsWithEnum += f.enumSeen ? 1 : 0;
        toolsWithBounds += f.bounds ? 1 : 0;
        toolsWithUnion += f.union ? 1 : 0;
        toolsWithPattern += f.pattern ? 1 : 0;
        toolsWithFormat += f.format ? 1 : 0;
    }

    private static final class Flags {
        boolean enumSeen;
        boolean bounds;
        boolean union;
        boolean pattern;
        boolean format;
    }

    /** Returns the object depth of this object schema (1 = flat). */
    @SuppressWarnings("unchecked")
    private int walkObject(Map<String, Object> schema, int level, Flags f) {
        int max = level;
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (Object o : props.values()) {
            Map<String, Object> p = (Map<String, Object>) o;
            max = Math.max(max, walkProperty(p, level, f, true));
        }
        return max;
    }

    @SuppressWarnings("unchecked")
    private int walkProperty(Map<String, Object> p, int level, Flags f, boolean count) {
        if (p.containsKey("anyOf") || p.containsKey("oneOf")) {
            f.union = true;
        }
        if (p.containsKey("enum")) {
            f.enumSeen = true;
            enumSizes.add(((List<?>) p.get("enum")).size());
        }
        if (p.containsKey("minimum") || p.containsKey("maximum")) {
            f.bounds = true;
        }
        f.pattern |= p.containsKey("pattern");
        f.format |= p.containsKey("format");
        Object type = p.get("type");
        if (count && type != null) {
            switch ((String) type) {
                case "string" -> strings++;
                case "integer", "number" -> numbers++;
                case "array" -> arrays++;
                case "boolean" -> booleans++;
                case "object" -> objects++;
                default -> { }
            }
        }
        if ("object".equals(type)) {
            return walkObject(p, level + 1, f);
        }
        if ("array".equals(type) && p.get("items") instanceof Map) {
            Map<String, Object> items = (Map<String, Object>) p.get("items");
            if ("object".equals(items.get("type"))) {
                return walkObject(items, level + 1, f);
            }
            walkProperty(items, level, f, false);
        }
        return level;
    }

    int propertyCount() {
        return strings + numbers + arrays + booleans + objects;
    }

    double share(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }

    public static int percentile(List<Integer> values, double p) {
        int[] a = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        int idx = (int) Math.ceil(p * a.length) - 1;
        return a[Math.max(0, Math.min(a.length - 1, idx))];
    }

    public static int max(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    double serverShare(int lo, int hi) {
        return share((int) serverSizes.stream().filter(n -> n >= lo && n <= hi).count(), servers);
    }

    @Override
    public String toString() {
        int props = propertyCount();
        return String.format(java.util.Locale.ROOT,
                "tools=%d servers=%d meanPerServer=%.2f share1=%.3f share2to5=%.3f share6to20=%.3f shareOver20=%.3f"
                        + " maxServer=%d%nschemaBytes p50=%d p90=%d max=%d%ntopLevel p50=%d p90=%d max=%d"
                        + " requiredShare=%.3f toolsWithRequired=%.3f%ntypes string=%.3f number=%.3f array=%.3f"
                        + " boolean=%.3f object=%.3f%ndepth1=%.3f depth2=%.3f depth3=%.3f deeper=%.3f%n"
                        + "enum=%.3f bounds=%.3f union=%.3f draft07=%.3f closed=%.3f pattern=%.3f format=%.3f"
                        + " enumSize min=%d max=%d%ndescription p50=%d p90=%d max=%d",
                tools, servers, (double) tools / servers, serverShare(1, 1), serverShare(2, 5), serverShare(6, 20),
                serverShare(21, Integer.MAX_VALUE), max(serverSizes),
                percentile(schemaBytes, 0.5), percentile(schemaBytes, 0.9), max(schemaBytes),
                percentile(topLevel, 0.5), percentile(topLevel, 0.9), max(topLevel),
                share(requiredProps, topLevelProps), share(toolsWithRequired, tools),
                share(strings, props), share(numbers, props), share(arrays, props), share(booleans, props),
                share(objects, props),
                share(depths[1], tools), share(depths[2], tools), share(depths[3], tools),
                share(tools - depths[1] - depths[2] - depths[3], tools),
                share(toolsWithEnum, tools), share(toolsWithBounds, tools), share(toolsWithUnion, tools),
                share(toolsWithDraft07, tools), share(toolsClosed, tools), share(toolsWithPattern, tools),
                share(toolsWithFormat, tools),
                enumSizes.stream().mapToInt(Integer::intValue).min().orElse(0), max(enumSizes),
                percentile(descriptionChars, 0.5), percentile(descriptionChars, 0.9), max(descriptionChars));
    }
}
