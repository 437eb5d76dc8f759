package io.mcpbench.compare.jmh;

import io.mcpbench.compare.input.InputFiles;
import io.mcpbench.compare.input.StrictJson;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.OneLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * JMH result files as Jackson trees, read and written, so that tools which rewrite them (merging)
 * or pass their numbers on (exporting) keep every field they do not understand. Loading checks
 * the outer shape only: a non-empty array of entries, each with {@code benchmark}, {@code mode}
 * and a {@code primaryMetric} object; {@link JmhResultReader} is the strict reader of rows.
 */
public final class JmhJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JmhJson() {
    }

    /** The entries of the result file at {@code file}; {@link BadInputException} naming the file if unusable. */
    public static ArrayNode load(Path file) {
        return parse(file.toString(), InputFiles.read(file, InputFiles.MAX_RESULT_BYTES, BadInputException::new));
    }

    /** The entries of result JSON held in memory; {@code source} names it in messages. */
    public static ArrayNode parse(String source, byte[] bytes) {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) throw new BadInputException(source + ": empty file, no JMH results");
        JsonNode root;
        try {
            root = StrictJson.read(bytes);
        } catch (JacksonException e) {
            throw new BadInputException(source + ": invalid JSON: " + OneLine.of(StrictJson.describe(e)));
        }
        if (!root.isArray()) throw new BadInputException(source + ": not a JMH result (expected a JSON array)");
        if (root.isEmpty()) throw new BadInputException(source + ": no JMH results (empty array)");
        int i = 0;
        for (JsonNode e : root.values()) {
            String where = source + ": entry " + i++;
            if (!e.isObject()) throw new BadInputException(where + ": expected an object");
            if (!e.path("benchmark").isString()) throw new BadInputException(where + ": no \"benchmark\"");
            if (!e.path("mode").isString()) throw new BadInputException(where + ": no \"mode\"");
            if (!e.path("primaryMetric").isObject()) throw new BadInputException(where + ": no \"primaryMetric\" object");
        }
        return (ArrayNode) root;
    }

    /** The entries as indented JSON text, ending in a newline. */
    public static byte[] write(ArrayNode entries) {
        return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entries) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A new empty array of entries. */
    public static ArrayNode newArray() {
        return JSON.createArrayNode();
    }

    /**
     * A number as JMH writes it: a JSON number, or one of the strings JMH writes for what JSON
     * cannot hold ({@code "NaN"}, {@code "+INF"}, {@code "-INF"}, and {@code "Infinity"} from
     * other writers); NaN for anything else.
     */
    public static double number(JsonNode n) {
        if (n.isNumber()) return n.doubleValue();
        if (n.isString()) {
            try {
                return Double.parseDouble(n.stringValue().replace("INF", "Infinity"));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** Every finite number of a {@code rawData} array of fork arrays, fork after fork. */
    public static double[] values(JsonNode rawData) {
        double[] out = new double[16];
        int n = 0;
        for (JsonNode fork : rawData.values()) {
            for (JsonNode v : fork.values()) {
                double d = number(v);
                if (!Double.isFinite(d)) continue;
                if (n == out.length) out = Arrays.copyOf(out, 2 * n);
                out[n++] = d;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
