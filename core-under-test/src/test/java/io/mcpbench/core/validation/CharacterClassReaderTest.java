package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterClassReaderTest {

    /** Reads the class of {@code body} (what follows its '['), and checks the reader stopped after its ']'. */
    private static int[] read(String body) throws UnsupportedConstruct {
        JdkPatternReader in = new JdkPatternReader(body + "x");
        int[] set = new CharacterClassReader(in).read();
        assertEquals('x', in.peek(), "the reader stops right after the class");
        return set;
    }

    @Test
    void rangesEscapesAndShorthandsMergeIntoOneSet() throws UnsupportedConstruct {
        assertArrayEquals(new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}, read("a-zA-Z\\d_]"));
        assertArrayEquals(new int[] {'-', '-', 'a', 'a'}, read("-a]"));
        assertArrayEquals(new int[] {'-', '-', 'a', 'a'}, read("a-]"));
        assertArrayEquals(new int[] {']', ']', 0x1F600, 0x1F600}, read("\\]\\x{1F600}]"));
    }

    @Test
    void aNegatedClassIsTheComplement() throws UnsupportedConstruct {
        int[] set = read("^\\n]");
        assertArrayEquals(new int[] {0, '\n' - 1, '\n' + 1, Character.MAX_CODE_POINT}, set);
        assertFalse(CodePointSet.surrogateSafe(read("\\x{0}-\\x{FFFF}]")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a[b]]|a nested class",
        "]a]|']' first in a class",
        "a-z&&[^q]]|a class intersection",
        "a-b-c]|'-' inside a class",
        "a-\\d]|a range ending in a class",
        "z-a]|a backwards range",
        "abc|an unclosed class",
        "\\p{L}]|a Unicode property (\\p)"})
    void whatTheJdkReadsDifferentlyIsRefused(String body, String reason) {
        JdkPatternReader in = new JdkPatternReader(body);
        UnsupportedConstruct refused = assertThrows(UnsupportedConstruct.class, () -> new CharacterClassReader(in).read());
        assertEquals(reason, refused.getMessage());
    }
}
