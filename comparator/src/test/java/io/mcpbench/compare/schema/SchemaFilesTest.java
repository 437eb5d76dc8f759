package io.mcpbench.compare.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import io.mcpbench.compare.policy.PolicyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema files: one per document, each a valid 2020-12 schema whose {@code $id} and
 * {@code schema} constant are the ones the comparator writes, shipped on the class path (so in the
 * jar) and published unchanged in the repository's {@code schema/} folder.
 */
class SchemaFilesTest {

    /** The published copy, at the repository's root. */
    private static final Path PUBLISHED = Path.of("..", "schema");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static byte[] shipped(DocumentSchema kind) throws IOException {
        try (InputStream in = SchemaFilesTest.class.getResourceAsStream(kind.resource())) {
            assertNotNull(in, kind.resource() + " is not on the class path");
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentSchema.class)
    void eachSchemaIsAValidSchemaOfTheVersionItsDocumentsCarry(DocumentSchema kind) throws IOException {
        JsonNode schema = JSON.readTree(shipped(kind));
        List<Error> errors = SchemaAssert.metaSchema().validate(schema);
        assertTrue(errors.isEmpty(), () -> kind.fileName() + " against the 2020-12 meta-schema: " + errors);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").stringValue());
        assertEquals(kind.id(), schema.get("$id").stringValue());
        assertEquals(kind.tag(), schema.get("properties").get(DocumentSchema.KEY).get("const").stringValue());
        assertEquals(false, schema.get("additionalProperties").booleanValue(), "a closed shape: an unknown key is invalid");
    }

    @Test
    void theJarHoldsExactlyTheSchemasOfTheDocuments() throws IOException, URISyntaxException {
        Path folder = Path.of(SchemaFilesTest.class.getResource(DocumentSchema.COMPARISON.resource()).toURI()).getParent();
        assertEquals(fileNames(), schemaFiles(folder));
    }

    @ParameterizedTest
    @EnumSource(DocumentSchema.class)
    void theRepositoryPublishesEachSchemaUnchanged(DocumentSchema kind) throws IOException {
        assertEquals(fileNames(), schemaFiles(PUBLISHED), PUBLISHED.toAbsolutePath().normalize() + " holds other files than the jar");
        assertArrayEquals(shipped(kind), Files.readAllBytes(PUBLISHED.resolve(kind.fileName())),
                "schema/" + kind.fileName() + " differs from comparator/src/main/resources" + kind.resource() + ": copy it over");
    }

    @Test
    void theShippedPolicyIsValidAndLoads() {
        Path policy = Path.of("..", "baselines", "policy.json");
        SchemaAssert.valid(DocumentSchema.POLICY, policy);
        assertTrue(!PolicyLoader.load(policy).limits().isEmpty());
    }

    private static Set<String> fileNames() {
        return Arrays.stream(DocumentSchema.values()).map(DocumentSchema::fileName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> schemaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
