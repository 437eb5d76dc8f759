package io.mcpbench.compare.merge;

import io.mcpbench.compare.input.InputFiles;
import io.mcpbench.compare.input.StrictJson;
import io.mcpbench.compare.model.OneLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * JMH result files as Jackson trees, so that tools which rewrite them (merging) keep every field
 * they do not understand. Loading checks the outer shape only: a non-empty array of entries, each
 * with {@code benchmark}, {@code mode} and a {@code primaryMetric} object.
 */
public final class JmhJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JmhJson() {
    }

    /** The entries of the result file at {@code file}; {@link MergeException} naming the file if unusable. */
    public static ArrayNode load(Path file) {
        return parse(file.toString(), InputFiles.read(file, InputFiles.MAX_RESULT_BYTES, MergeException::new));
    }

    /** The entries of result JSON held in memory; {@code source} names it in messages. */
    public static ArrayNode parse(String source, byte[] bytes) {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) throw new MergeException(source + ": empty file, no JMH results");
        JsonNode root;
        try {
            root = StrictJson.read(bytes);
        } catch (JacksonException e) {
            throw new MergeException(source + ": invalid JSON: " + OneLine.of(StrictJson.describe(e)));
        }
        if (!root.isArray()) throw new MergeException(source + ": not a JMH result (expected a JSON array)");
        if (root.isEmpty()) throw new MergeException(source + ": no JMH results (empty array)");
        int i = 0;
        for (JsonNode e : root.values()) {
            String where = source + ": entry " + i++;
            if (!e.isObject()) throw new MergeException(where + ": expected an object");
            if (!e.path("benchmark").isString()) throw new MergeException(where + ": no \"benchmark\"");
            if (!e.path("mode").isString()) throw new MergeException(where + ": no \"mode\"");
            if (!e.path("primaryMetric").isObject()) throw new MergeException(where + ": no \"primaryMetric\" object");
        }
        return (ArrayNode) root;
    }

    /** The entries as indented JSON text, ending in a newline. */
    public static byte[] write(ArrayNode entries) {
        return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entries) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A new empty array. */
    static ArrayNode newArray() {
        return JSON.createArrayNode();
    }
}
