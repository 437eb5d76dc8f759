package io.mcpbench.compare.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

class StrictJsonTest {

    private static String refused(String json) {
        JacksonException e = assertThrows(JacksonException.class, () -> StrictJson.read(json.getBytes(StandardCharsets.UTF_8)));
        return StrictJson.describe(e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"limits\":[1],\"limits\":[]}", "[{\"a\":{\"b\":1,\"b\":1}}]", "{\"a\":1,\n \"a\":1}"})
    void aDuplicateKeyIsRefusedAtAnyDepth(String json) {
        String m = refused(json);
        assertTrue(m.startsWith("Duplicate Object property"), m);
        assertTrue(m.matches(".*\\(line \\d+, column \\d+\\)"), m);
    }

    @Test
    void anythingAfterTheValueIsRefused() {
        assertTrue(refused("[1] [2]").startsWith("Trailing token"), refused("[1] [2]"));
    }

    @Test
    void nothingAtAllIsAMissingNode() throws Exception {
        assertTrue(StrictJson.read(" \n".getBytes()).isMissingNode());
    }

    @Test
    void unknownKeysAreFound() throws Exception {
        assertEquals("gatedMetric", StrictJson.unknownKey(StrictJson.read("{\"q\":1,\"gatedMetric\":[]}".getBytes()), Set.of("q", "gatedMetrics")));
        assertNull(StrictJson.unknownKey(StrictJson.read("{\"q\":1}".getBytes()), Set.of("q")));
    }
}
