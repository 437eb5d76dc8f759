package io.mcpbench.compare.baseline;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fingerprint file: one flat JSON object of string fields ({@code "jdk.version": "17.0.8"}).
 * Keys this version does not know are ignored, so newer files still read.
 */
public final class FingerprintJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private FingerprintJson() {
    }

    /** The fingerprint as pretty JSON bytes, ending in a newline. */
    public static byte[] write(EnvironmentFingerprint fp) {
        ObjectNode node = JSON.createObjectNode();
        for (Map.Entry<String, String> e : fp.toMap().entrySet()) node.put(e.getKey(), e.getValue());
        return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a fingerprint file; {@link BaselineException} naming the file if it is absent or malformed. */
    public static EnvironmentFingerprint read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": no such file");
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new BaselineException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new BaselineException(file + ": expected a JSON object of fingerprint fields");
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            Field f = Field.byKey(e.getKey());
            if (f == null || e.getValue().isNull()) continue;
            if (!e.getValue().isValueNode()) throw new BaselineException(file + ": \"" + e.getKey() + "\": expected a string");
            values.put(f, e.getValue().asString());
        }
        return new EnvironmentFingerprint(values);
    }
}
