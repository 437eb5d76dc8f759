package io.mcpbench.compare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RowKeyTest {

    private static RowKey key(Map<String, String> params) {
        return RowKey.of("a.B.m", "avgt", params, 1, RowKey.PRIMARY);
    }

    /** {@code {a=1, b=2}} printed from one param or from two: two keys, also in a sorted set. */
    @Test
    void paramsThatPrintAlikeAreTwoKeys() {
        RowKey one = key(Map.of("a", "1, b=2"));
        RowKey two = key(Map.of("a", "1", "b", "2"));
        assertEquals(one.params().toString(), two.params().toString(), "the old identity: alike");
        assertNotEquals(one, two);
        assertTrue(one.compareTo(two) != 0 && Integer.signum(one.compareTo(two)) == -Integer.signum(two.compareTo(one)));
        assertEquals(2, new TreeSet<>(java.util.List.of(one, two)).size());
    }

    @Test
    void compareToIsZeroExactlyWhenEqual() {
        RowKey a = key(Map.of("size", "500", "impl", "x"));
        TreeMap<String, String> reordered = new TreeMap<>(java.util.Comparator.reverseOrder());
        reordered.putAll(Map.of("impl", "x", "size", "500"));
        RowKey b = key(reordered);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertEquals("{impl=x, size=500}", b.params().toString(), "params are kept in natural order whatever map was given");
    }

    @Test
    void keysOrderByBenchmarkModeParamsThreadsMetric() {
        RowKey noParams = key(Map.of());
        RowKey withParams = key(Map.of("size", "1"));
        assertTrue(withParams.compareTo(noParams) < 0, "a row with params above the same benchmark without");
        assertTrue(key(Map.of("size", "1")).compareTo(key(Map.of("size", "2"))) < 0);
        assertTrue(key(Map.of("a", "9")).compareTo(key(Map.of("b", "1"))) < 0, "names before values");
        assertTrue(noParams.compareTo(noParams.withMetric("gc.alloc.rate.norm")) > 0, "metric last: gc.* < primary by name");
    }
}
