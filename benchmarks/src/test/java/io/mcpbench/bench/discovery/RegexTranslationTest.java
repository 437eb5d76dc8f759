package io.mcpbench.bench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;

class RegexTranslationTest {

    @Test
    void unanchoredEndsBecomeWildcards() {
        assertEquals(new RegexTranslation(".*create.*issue.*", RegExp.ASCII_CASE_INSENSITIVE),
                RegexTranslation.of("(?i)create.*issue"));
    }

    @Test
    void anchorsKeepTheirEnd() {
        assertEquals(new RegexTranslation("create.*", RegExp.ASCII_CASE_INSENSITIVE), RegexTranslation.of("(?i)^create"));
        assertEquals(new RegexTranslation(".*issue", RegExp.ASCII_CASE_INSENSITIVE), RegexTranslation.of("(?i)issue$"));
        assertEquals(new RegexTranslation("get_v2", 0), RegexTranslation.of("^get_v2$"));
    }

    @Test
    void otherConstructsAreRefusedWithTheirPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegexTranslation.of("(?i)a|b"));
        assertEquals("unsupported regex construct '|' at index 5 in (?i)a|b", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegexTranslation.of("a.b"));
        assertThrows(IllegalArgumentException.class, () -> RegexTranslation.of("(?s)a"));
    }
}
