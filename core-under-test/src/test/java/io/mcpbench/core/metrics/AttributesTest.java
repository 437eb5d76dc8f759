package io.mcpbench.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttributesTest {

    @Test
    void pairsAreSortedByKeyWhateverTheInputOrder() {
        Attributes a = Attributes.of("z", "1", "a", "2", "m", "3");
        Attributes b = Attributes.of("m", "3", "z", "1", "a", "2");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(3, a.size());
        assertEquals("a", a.key(0));
        assertEquals("2", a.value(0));
        assertEquals("z", a.key(2));
        assertEquals("{a=2, m=3, z=1}", a.toString());
    }

    @Test
    void differentValuesMakeDifferentSets() {
        assertNotEquals(Attributes.of("k", "1"), Attributes.of("k", "2"));
        assertNotEquals(Attributes.of("k", "1"), Attributes.of("k", "1", "j", "1"));
        assertTrue(Attributes.of("k", "1").compareTo(Attributes.of("k", "2")) < 0);
        assertTrue(Attributes.empty().compareTo(Attributes.of("a", "")) < 0);
    }

    @Test
    void lookupByKey() {
        Attributes a = Attributes.of("mcp.method.name", "tools/call", "error.type", "timeout");
        assertEquals("timeout", a.get("error.type"));
        assertNull(a.get("gen_ai.tool.name"));
    }

    @Test
    void emptyIsShared() {
        assertSame(Attributes.empty(), Attributes.of());
        assertTrue(Attributes.empty().isEmpty());
        assertEquals(0, Attributes.empty().size());
    }

    @Test
    void badInputIsRefusedWithAReason() {
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class, () -> Attributes.of("k", "v", "x"));
        assertTrue(odd.getMessage().contains("3"), odd.getMessage());
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> Attributes.of("k", "1", "k", "2"));
        assertTrue(dup.getMessage().contains("'k'"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Attributes.of("", "v"));
        NullPointerException nullValue = assertThrows(NullPointerException.class, () -> Attributes.of("k", null));
        assertTrue(nullValue.getMessage().contains("'k'"), nullValue.getMessage());
        assertThrows(NullPointerException.class, () -> Attributes.of(null, "v"));
        assertThrows(IndexOutOfBoundsException.class, () -> Attributes.of("k", "v").key(1));
    }
}
