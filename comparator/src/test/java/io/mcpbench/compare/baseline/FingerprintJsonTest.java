package io.mcpbench.compare.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * A fingerprint decides whether a gate may compare at all, so one that says nothing, or says
 * something this version cannot check, is refused rather than read as "nothing differs".
 */
class FingerprintJsonTest {

    private static String refused(String json) {
        return assertThrows(BaselineException.class, () -> FingerprintJson.parse("fp.json", json.getBytes(StandardCharsets.UTF_8)))
                .getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                        | fp.json: no environment field to check",
        "{\"git.commit\": \"abc\"}                 | fp.json: no environment field to check",
        "{\"jdk.version\": \"17\", \"cpu\": \"x\"}  | fp.json: unknown fingerprint field \"cpu\"",
        "{\"jdk.versoin\": \"17\"}                 | fp.json: unknown fingerprint field \"jdk.versoin\"",
        "{\"jdk.version\": \"17\", \"jdk.version\": \"21\"} | fp.json: not valid JSON: Duplicate Object property \"jdk.version\"",
        "{\"jdk.version\": 17}                     | fp.json: \"jdk.version\": expected a string",
        "{\"jdk.version\": null}                   | fp.json: \"jdk.version\": expected a string",
        "[]                                        | fp.json: expected a JSON object of fingerprint fields",
        "''                                        | fp.json: expected a JSON object of fingerprint fields",
        "{\"schema\": \"mcpbench-fingerprint/2\", \"jdk.version\": \"17\"} | fp.json: \"schema\" is \"mcpbench-fingerprint/2\", not a format this comparator reads",
        "{\"schema\": null, \"jdk.version\": \"17\"}  | fp.json: \"schema\" is null, not a format this comparator reads",
    })
    void fingerprintsThatCannotBeCheckedAreRefused(String json, String expected) {
        String m = refused(json);
        assertTrue(m.startsWith(expected), m);
        assertTrue(!m.contains("\n"), m);
        if (!json.isEmpty() && !json.contains("\"jdk.version\": \"17\", \"jdk.version\"")) {
            SchemaAssert.invalid(DocumentSchema.FINGERPRINT, json);
        }
    }

    @Test
    void aWrittenFingerprintNamesItsVersionFirstAndIsValid() {
        EnvironmentFingerprint fp = new EnvironmentFingerprint(Map.of(Field.JDK_VERSION, "17.0.8", Field.COLLECTOR, "G1"));
        JsonNode written = SchemaAssert.valid(DocumentSchema.FINGERPRINT, new String(FingerprintJson.write(fp), StandardCharsets.UTF_8));
        assertEquals(DocumentSchema.KEY, written.properties().iterator().next().getKey());
        assertEquals(DocumentSchema.FINGERPRINT.tag(), written.get(DocumentSchema.KEY).stringValue());
    }

    /** Fingerprints saved before the version key existed (every baseline profile until now) still read. */
    @Test
    void aFingerprintWithoutItsVersionIsVersionOne() {
        String old = "{\"jdk.version\": \"17.0.8\", \"git.commit\": \"abc\"}";
        SchemaAssert.valid(DocumentSchema.FINGERPRINT, old);
        assertEquals(new EnvironmentFingerprint(Map.of(Field.JDK_VERSION, "17.0.8", Field.GIT_COMMIT, "abc")),
                FingerprintJson.parse("fp.json", old.getBytes(StandardCharsets.UTF_8)));
    }

    /** The schema names the fields this version reads, and asks for one that gates, as the reader does. */
    @Test
    void theSchemaAndTheReaderKnowTheSameFields() {
        Set<String> read = SchemaAssert.keysListedIn(refused("{\"cpu\": \"x\"}"));
        assertEquals(read, SchemaAssert.keys(DocumentSchema.FINGERPRINT, ""));
        Set<String> gating = new TreeSet<>();
        for (JsonNode alternative : SchemaAssert.schema(DocumentSchema.FINGERPRINT).getSchemaNode().get("anyOf")) {
            gating.add(alternative.get("required").get(0).stringValue());
        }
        assertEquals(Arrays.stream(Field.values()).filter(Field::gating).map(Field::key).collect(Collectors.toCollection(TreeSet::new)),
                gating);
    }

    @Test
    void aWrittenFingerprintReadsBack() {
        EnvironmentFingerprint fp = new EnvironmentFingerprint(Map.of(Field.JDK_VERSION, "17.0.8", Field.GIT_COMMIT, "abc"));
        assertEquals(fp, FingerprintJson.parse("fp.json", FingerprintJson.write(fp)));
    }
}
