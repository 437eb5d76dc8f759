package io.mcpbench.compare.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expressions fuzzing found to break the parser's contract, each refused as the contract says. */
class ThresholdParserFindingsTest {

    @Test
    void lineBreaksInTheExpressionAreEscapedInTheOneLineMessage() {
        ThresholdSyntaxException e = assertThrows(ThresholdSyntaxException.class,
                () -> ThresholdParser.parse("metrc(i\rp0.95)<10"));
        assertEquals("threshold \"metrc(i\\rp0.95)<10\": unknown aggregate \"metrc\" (expected avg, med, min, max, p(N), "
                + "thrpt, alloc or metric(NAME)) at position 1", e.getMessage());
        ThresholdSyntaxException unit = assertThrows(ThresholdSyntaxException.class,
                () -> ThresholdParser.parse("avg < 1 m\ns\u0000"));
        assertEquals("threshold \"avg < 1 m\\ns\\u0000\": unknown unit \"m\\ns\" at position 9", unit.getMessage());
    }

    @Test
    void exponentsBeyondAnyDoubleAreOutOfRangeNotAnotherException() {
        for (String e : new String[] {"avg<1e99999999999", "avg<1e2147483648", "p(1e-1000000000)<1ms", "p(0e-999999999)<1ms",
            "avg<1." + "0".repeat(500) + "1"}) {
            ThresholdSyntaxException x = assertThrows(ThresholdSyntaxException.class, () -> ThresholdParser.parse(e), e);
            assertTrue(x.getMessage().contains("number out of range"), x.getMessage());
        }
        assertEquals(1e300, ThresholdParser.parse("avg<1e300").bound());
    }

    /** Character.isDigit and BigDecimal take Arabic-Indic digits: "avg<\u0665ms" was a 5 ms limit. */
    @Test
    void digitsOfOtherScriptsAreNotNumbers() {
        ThresholdSyntaxException e = assertThrows(ThresholdSyntaxException.class, () -> ThresholdParser.parse("avg<\u0665ms"));
        assertEquals("threshold \"avg<\u0665ms\": expected a number after < in ASCII digits at position 5", e.getMessage());
        assertThrows(ThresholdSyntaxException.class, () -> ThresholdParser.parse("p(\u0669\u0665)<1ms"));
        assertThrows(ThresholdSyntaxException.class, () -> ThresholdParser.parse("avg<1\u0660ms"));
        assertThrows(ThresholdSyntaxException.class, () -> ThresholdParser.parse("avg<0x1p3ms"));
    }
}
