package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Re2WriterTest {

    @Test
    void literalsAndClassesAreSpelledOutAsCodePoints() throws UnsupportedConstruct {
        Re2Writer out = new Re2Writer(16);
        out.literal('a');
        out.literal('Z');
        out.literal('7');
        out.literal('.');
        out.literal(0x1F600);
        out.ranges(new int[] {'0', '9', '_', '_'});
        out.syntax("(?:").syntax('|').syntax(')').syntax('{').count(2).syntax('}');
        assertEquals("aZ7\\x{2e}\\x{1f600}[\\x{30}-\\x{39}\\x{5f}](?:|){2}", out.toString());
    }

    @Test
    void aClassTheEnginesReadApartAtALowSurrogateIsRefused() {
        Re2Writer out = new Re2Writer(16);
        UnsupportedConstruct refused = assertThrows(UnsupportedConstruct.class,
                () -> out.ranges(new int[] {0xDC00, 0xDFFF}));
        assertEquals("a class that tells a lone low surrogate from a supplementary character", refused.getMessage());
    }
}
