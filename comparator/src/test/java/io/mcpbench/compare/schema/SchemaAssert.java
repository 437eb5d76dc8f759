package io.mcpbench.compare.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a document against its published schema, read from the class path as the jar ships it,
 * with the references between schema files resolved there too (nothing is fetched). The format
 * tests call it on every document they write or read, so a writer or reader that drifts from its
 * schema fails a test.
 */
public final class SchemaAssert {

    /** Where a schema's {@code $id} points on the class path. */
    private static final String CLASSPATH = "classpath:" + DocumentSchema.RESOURCE_FOLDER.substring(1);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(DocumentSchema.ID_PREFIX, CLASSPATH)));
    private static final Map<DocumentSchema, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTED = Pattern.compile("\\(expected (?:one|some) of \\[([^\\]]*)\\]\\)$");

    private SchemaAssert() {
    }

    /** The schema of {@code kind}, loaded by its {@code $id}. */
    public static Schema schema(DocumentSchema kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> REGISTRY.getSchema(SchemaLocation.of(k.id())));
    }

    /** The 2020-12 meta-schema, which every schema of the comparator must satisfy. */
    public static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    }

    /** What the schema of {@code kind} finds wrong with {@code document}; empty when it is valid. */
    public static List<Error> errors(DocumentSchema kind, JsonNode document) {
        return schema(kind).validate(document);
    }

    /** Fails unless {@code document} is valid against the schema of {@code kind}; returns it. */
    public static JsonNode valid(DocumentSchema kind, JsonNode document) {
        List<Error> errors = errors(kind, document);
        assertTrue(errors.isEmpty(), () -> kind.fileName() + ": " + errors + " in " + document);
        return document;
    }

    /** As {@link #valid(DocumentSchema, JsonNode)} for JSON text. */
    public static JsonNode valid(DocumentSchema kind, String json) {
        return valid(kind, JSON.readTree(json));
    }

    /** As {@link #valid(DocumentSchema, JsonNode)} for a file. */
    public static JsonNode valid(DocumentSchema kind, Path file) {
        try {
            return valid(kind, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The property names the schema of {@code kind} allows in the object described at
     * {@code pointer} (a JSON pointer into the schema file, "" for the document itself).
     */
    public static Set<String> keys(DocumentSchema kind, String pointer) {
        JsonNode properties = schema(kind).getSchemaNode().at(pointer).get("properties");
        assertTrue(properties != null && properties.isObject(), () -> kind.fileName() + pointer + ": no properties");
        return new TreeSet<>(properties.propertyNames());
    }

    /** The names a reader's "unknown key" message lists: {@code ... (expected one of [a, b, c])}. */
    public static Set<String> keysListedIn(String message) {
        Matcher m = LISTED.matcher(message);
        assertTrue(m.find(), () -> "no list of keys in: " + message);
        return new TreeSet<>(Arrays.asList(m.group(1).split(", ")));
    }

    /** Fails if {@code json} is valid against the schema of {@code kind}. */
    public static void invalid(DocumentSchema kind, String json) {
        assertFalse(errors(kind, JSON.readTree(json)).isEmpty(), () -> kind.fileName() + " accepts " + json);
    }
}
