package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodePointSetTest {

    @Test
    void classSetsMergeAndComplement() {
        assertArrayEquals(new int[] {0, 96, 100, 0x10FFFF}, CodePointSet.complement(new int[] {97, 99}));
        assertArrayEquals(new int[] {1, 5, 7, 7}, CodePointSet.union(List.of(new int[] {3, 5}, new int[] {1, 2},
                new int[] {7, 7})));
        assertTrue(CodePointSet.surrogateSafe(CodePointSet.complement(new int[] {'a', 'a'})));
        assertTrue(CodePointSet.surrogateSafe(new int[] {'a', 'z'}));
        assertFalse(CodePointSet.surrogateSafe(new int[] {0, 0xFFFF}));
    }

    @Test
    void predefinedClassesAreTheJdksAndTheirComplementsCoverTheRest() {
        assertArrayEquals(new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}, CodePointSet.predefined('w'));
        assertArrayEquals(new int[] {'\t', '\r', ' ', ' '}, CodePointSet.predefined('s'), "\\s includes \\u000B");
        for (char c : new char[] {'d', 'w', 's'}) {
            int[] set = CodePointSet.predefined(c);
            int[] complement = CodePointSet.predefined(Character.toUpperCase(c));
            assertArrayEquals(new int[] {0, Character.MAX_CODE_POINT},
                    CodePointSet.union(List.of(set, complement)), "\\" + c + " and its complement");
        }
        assertNull(CodePointSet.predefined('b'));
    }

    @Test
    void dotLeavesOutTheJdksLineTerminatorsOnly() {
        int[] terminators = CodePointSet.complement(CodePointSet.DOT);
        assertArrayEquals(new int[] {'\n', '\n', '\r', '\r', 0x85, 0x85, 0x2028, 0x2029}, terminators);
    }
}
