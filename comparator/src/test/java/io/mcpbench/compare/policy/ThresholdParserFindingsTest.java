package io.mcpbench.compare.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
