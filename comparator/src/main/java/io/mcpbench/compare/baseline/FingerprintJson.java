package io.mcpbench.compare.baseline;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import io.mcpbench.compare.input.InputFiles;
import io.mcpbench.compare.input.StrictJson;
import io.mcpbench.compare.model.OneLine;
import io.mcpbench.compare.schema.DocumentSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fingerprint file ({@link DocumentSchema#FINGERPRINT}): one flat JSON object of string
 * fields ({@code "jdk.version": "17.0.8"}) after its {@code schema}. Read strictly, since a
 * fingerprint decides whether a gate may compare at all: a key this version does not know, a
 * duplicate key, a value that is not a string, a {@code schema} of another version, or a file
 * without a single gating field ({@code {}}) is an error, never "nothing to check". A file
 * without {@code schema} was written before the key existed and is read as version 1.
 */
public final class FingerprintJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> KEYS = Stream.concat(Stream.of(DocumentSchema.KEY), Arrays.stream(Field.values()).map(Field::key))
            .collect(Collectors.toUnmodifiableSet());

    private FingerprintJson() {
    }

    /** The fingerprint as pretty JSON bytes, ending in a newline. */
    public static byte[] write(EnvironmentFingerprint fp) {
        ObjectNode node = DocumentSchema.FINGERPRINT.stamp(JSON.createObjectNode());
        for (Map.Entry<String, String> e : fp.toMap().entrySet()) node.put(e.getKey(), e.getValue());
        return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a fingerprint file; {@link BaselineException} naming the file if it is absent or malformed. */
    public static EnvironmentFingerprint read(Path file) {
        return parse(file.toString(), InputFiles.read(file, InputFiles.MAX_SMALL_BYTES, BaselineException::new));
    }

    /** Reads fingerprint JSON held in memory; {@code source} names it in messages. */
    public static EnvironmentFingerprint parse(String source, byte[] bytes) {
        JsonNode root;
        try {
            root = StrictJson.read(bytes);
        } catch (JacksonException e) {
            throw new BaselineException(source + ": not valid JSON: " + OneLine.of(StrictJson.describe(e)));
        }
        if (!root.isObject()) throw new BaselineException(source + ": expected a JSON object of fingerprint fields");
        String version = DocumentSchema.FINGERPRINT.problem(root);
        if (version != null) throw new BaselineException(source + ": " + version);
        String unknown = StrictJson.unknownKey(root, KEYS);
        if (unknown != null) {
            throw new BaselineException(source + ": unknown fingerprint field \"" + OneLine.of(unknown) + "\" (expected some of "
                    + StrictJson.names(KEYS) + ")");
        }
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (e.getKey().equals(DocumentSchema.KEY)) continue;
            if (!e.getValue().isString()) throw new BaselineException(source + ": \"" + e.getKey() + "\": expected a string");
            values.put(Field.byKey(e.getKey()), e.getValue().stringValue());
        }
        if (values.keySet().stream().noneMatch(Field::gating)) {
            throw new BaselineException(source + ": no environment field to check (a fingerprint needs at least one of "
                    + gatingKeys() + ")");
        }
        return new EnvironmentFingerprint(values);
    }

    private static String gatingKeys() {
        return Arrays.stream(Field.values()).filter(Field::gating).map(Field::key).collect(Collectors.joining(", "));
    }
}
