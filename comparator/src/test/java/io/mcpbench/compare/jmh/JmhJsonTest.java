package io.mcpbench.compare.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Numbers as JMH writes them, read the same by every tool that passes them on (merge, export). */
class JmhJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void jmhsStringsForWhatJsonCannotHoldAreRead() {
        assertEquals(1.5, JmhJson.number(JSON.readTree("1.5")));
        assertEquals(Double.POSITIVE_INFINITY, JmhJson.number(JSON.readTree("\"+INF\"")));
        assertEquals(Double.NEGATIVE_INFINITY, JmhJson.number(JSON.readTree("\"-INF\"")));
        assertEquals(Double.POSITIVE_INFINITY, JmhJson.number(JSON.readTree("\"Infinity\"")));
        assertTrue(Double.isNaN(JmhJson.number(JSON.readTree("\"NaN\""))));
        assertTrue(Double.isNaN(JmhJson.number(JSON.readTree("\"fast\""))));
        assertTrue(Double.isNaN(JmhJson.number(JSON.readTree("null"))));
    }

    @Test
    void rawDataValuesAreTheFiniteOnesForkAfterFork() {
        assertArrayEquals(new double[] {1, 2, 3}, JmhJson.values(JSON.readTree("[[1, \"NaN\"], [], [2, \"+INF\", 3]]")));
    }
}
