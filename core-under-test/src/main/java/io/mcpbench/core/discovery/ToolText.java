package io.mcpbench.core.discovery;

import io.mcpbench.core.catalog.CatalogEntry;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The searchable text of one tool, one string per {@link SearchField}. It is what the index is
 * built from, and public so that another engine (a Lucene index in a benchmark, say) can index
 * exactly the same text. Argument names and descriptions are collected from the input schema's
 * {@code properties}, recursively through {@code items}, {@code prefixItems},
 * {@code additionalProperties} and {@code anyOf}/{@code oneOf}/{@code allOf}, to a depth of
 * {@value #MAX_SCHEMA_DEPTH}.
 */
public record ToolText(String name, String title, String description, String argNames, String argDescriptions) {

    /** Schemas nested deeper than this contribute no argument text. */
    public static final int MAX_SCHEMA_DEPTH = 16;

    public ToolText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(argNames, "argNames");
        Objects.requireNonNull(argDescriptions, "argDescriptions");
    }

    /** The text of a catalog entry; absent parts are empty strings. */
    public static ToolText of(CatalogEntry entry) {
        McpSchema.Tool tool = entry.tool();
        String title = tool.title();
        if (title == null && tool.annotations() != null) {
            title = tool.annotations().title();
        }
        StringBuilder names = new StringBuilder();
        StringBuilder descriptions = new StringBuilder();
        collect(tool.inputSchema(), 0, names, descriptions);
        return new ToolText(entry.qualifiedName(), orEmpty(title), orEmpty(tool.description()),
                names.toString(), descriptions.toString());
    }

    /** The text of one field. */
    public String field(SearchField field) {
        switch (field) {
            case NAME:
                return name;
            case TITLE:
                return title;
            case DESCRIPTION:
                return description;
            case ARG_NAMES:
                return argNames;
            case ARG_DESCRIPTIONS:
                return argDescriptions;
            default:
                throw new IllegalArgumentException("unknown field " + field);
        }
    }

    private static void collect(Object schema, int depth, StringBuilder names, StringBuilder descriptions) {
        if (!(schema instanceof Map<?, ?> map) || depth > MAX_SCHEMA_DEPTH) {
            return;
        }
        if (map.get("properties") instanceof Map<?, ?> properties) {
            for (Map.Entry<?, ?> property : properties.entrySet()) {
                append(names, property.getKey());
                if (property.getValue() instanceof Map<?, ?> propertySchema) {
                    append(descriptions, propertySchema.get("title"));
                    append(descriptions, propertySchema.get("description"));
                }
                collect(property.getValue(), depth + 1, names, descriptions);
            }
        }
        collect(map.get("items"), depth + 1, names, descriptions);
        collect(map.get("additionalProperties"), depth + 1, names, descriptions);
        collectAll(map.get("prefixItems"), depth + 1, names, descriptions);
        collectAll(map.get("anyOf"), depth + 1, names, descriptions);
        collectAll(map.get("oneOf"), depth + 1, names, descriptions);
        collectAll(map.get("allOf"), depth + 1, names, descriptions);
    }

    private static void collectAll(Object schemas, int depth, StringBuilder names, StringBuilder descriptions) {
        if (schemas instanceof List<?> list) {
            for (Object schema : list) {
                collect(schema, depth, names, descriptions);
            }
        }
    }

    private static void append(StringBuilder out, Object text) {
        if (text instanceof String s && !s.isEmpty()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(s);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
