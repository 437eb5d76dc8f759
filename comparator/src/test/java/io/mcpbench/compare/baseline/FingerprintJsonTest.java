package io.mcpbench.compare.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    })
    void fingerprintsThatCannotBeCheckedAreRefused(String json, String expected) {
        String m = refused(json);
        assertTrue(m.startsWith(expected), m);
    }

    @Test
    void aWrittenFingerprintReadsBack() {
        EnvironmentFingerprint fp = new EnvironmentFingerprint(Map.of(Field.JDK_VERSION, "17.0.8", Field.GIT_COMMIT, "abc"));
        assertEquals(fp, FingerprintJson.parse("fp.json", FingerprintJson.write(fp)));
    }
}
