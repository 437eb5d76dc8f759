package io.mcpbench.core.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ToolDiscoveryConfigTest {

    private final ToolDiscoveryConfig defaults = ToolDiscoveryConfig.defaults();

    @Test
    void defaultsAreLuceneBm25WithNameHeaviest() {
        assertEquals(SearchMode.BM25, defaults.mode());
        assertEquals(1.2, defaults.k1());
        assertEquals(0.75, defaults.b());
        assertEquals(6.0, defaults.weight(SearchField.NAME));
        assertEquals(4.0, defaults.weight(SearchField.TITLE));
        assertEquals(2.0, defaults.weight(SearchField.DESCRIPTION));
        assertEquals(3.0, defaults.weight(SearchField.ARG_NAMES));
        assertEquals(1.0, defaults.weight(SearchField.ARG_DESCRIPTIONS));
        assertEquals(10, defaults.maxResults());
        assertEquals(0.0, defaults.minimumScore());
        assertEquals(256, defaults.regexMaxLength());
        assertEquals(100_000_000L, defaults.regexWorkLimit());
    }

    @Test
    void withersChangeOneValue() {
        ToolDiscoveryConfig c = defaults.withMode(SearchMode.REGEX).withK1(2).withB(0.5)
                .withFieldWeight(SearchField.TITLE, 7).withMaxResults(3).withMinimumScore(0.25).withRegexMaxLength(40)
                .withRegexWorkLimit(1000);
        assertEquals(SearchMode.REGEX, c.mode());
        assertEquals(2.0, c.k1());
        assertEquals(0.5, c.b());
        assertEquals(7.0, c.weight(SearchField.TITLE));
        assertEquals(6.0, c.weight(SearchField.NAME));
        assertEquals(3, c.maxResults());
        assertEquals(0.25, c.minimumScore());
        assertEquals(40, c.regexMaxLength());
        assertEquals(1000, c.regexWorkLimit());
        assertEquals(SearchMode.BM25, defaults.mode(), "withers leave the original alone");
    }

    @Test
    void fieldWeightsAreCopiedAndUnmodifiable() {
        EnumMap<SearchField, Double> weights = new EnumMap<>(defaults.fieldWeights());
        ToolDiscoveryConfig c = new ToolDiscoveryConfig(SearchMode.BM25, 1.2, 0.75, weights, 10, 0, 256, 1000);
        weights.put(SearchField.NAME, 99.0);
        assertEquals(6.0, c.weight(SearchField.NAME));
        assertThrows(UnsupportedOperationException.class, () -> c.fieldWeights().put(SearchField.NAME, 1.0));
    }

    @Test
    void rejectsBadValuesWithClearMessages() {
        rejects("k1 must be finite and >= 0: -1.0", () -> defaults.withK1(-1));
        rejects("k1 must be finite and >= 0: NaN", () -> defaults.withK1(Double.NaN));
        rejects("b must be between 0 and 1: 1.5", () -> defaults.withB(1.5));
        rejects("b must be between 0 and 1: NaN", () -> defaults.withB(Double.NaN));
        rejects("weight of TITLE must be finite and >= 0: -2.0", () -> defaults.withFieldWeight(SearchField.TITLE, -2));
        rejects("weight of NAME must be finite and >= 0: Infinity",
                () -> defaults.withFieldWeight(SearchField.NAME, Double.POSITIVE_INFINITY));
        rejects("maxResults must be >= 1: 0", () -> defaults.withMaxResults(0));
        rejects("minimumScore must be finite and >= 0: -0.1", () -> defaults.withMinimumScore(-0.1));
        rejects("regexMaxLength must be >= 1: 0", () -> defaults.withRegexMaxLength(0));
        rejects("regexWorkLimit must be >= 1: 0", () -> defaults.withRegexWorkLimit(0));
    }

    @Test
    void rejectsMissingOrAllZeroWeights() {
        rejects("missing weight for field ARG_DESCRIPTIONS", () -> new ToolDiscoveryConfig(SearchMode.BM25, 1.2, 0.75,
                Map.of(SearchField.NAME, 1.0, SearchField.TITLE, 1.0, SearchField.DESCRIPTION, 1.0,
                        SearchField.ARG_NAMES, 1.0), 10, 0, 256, 1000));
        ToolDiscoveryConfig c = defaults;
        for (SearchField f : SearchField.values()) {
            if (f != SearchField.NAME) {
                c = c.withFieldWeight(f, 0);
            }
        }
        ToolDiscoveryConfig onlyName = c;
        rejects("at least one field weight must be positive", () -> onlyName.withFieldWeight(SearchField.NAME, 0));
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> defaults.withMode(null));
        assertThrows(NullPointerException.class, () -> defaults.withFieldWeight(null, 1));
    }

    private static void rejects(String message, Executable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
        assertEquals(message, e.getMessage());
    }
}
