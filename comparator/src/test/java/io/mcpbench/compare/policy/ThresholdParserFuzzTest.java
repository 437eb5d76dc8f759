package io.mcpbench.compare.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mcpbench.compare.fuzz.Bounded;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Any text either parses as a {@link Threshold} or is refused with a one-line
 * {@link ThresholdSyntaxException} that quotes the expression and points inside it. A parsed
 * threshold reads back the same from its own text, and from a canonical rendering of its parts
 * (aggregate, operator, the bound as a Java double literal, unit), so nothing the parser kept
 * depends on how the expression was spaced or how its number was spelled.
 *
 * <p>Seeds (hand-written thresholds, good and bad) and past findings are in
 * {@code ThresholdParserFuzzTestInputs/parsesOrRefusesInOneLine/}; see {@code comparator/FUZZING.md}.
 */
class ThresholdParserFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @FuzzTest(maxDuration = "2m")
    void parsesOrRefusesInOneLine(byte[] input) {
        String expression = new String(input, StandardCharsets.UTF_8);
        Threshold t = Bounded.call(LIMIT, "parse", () -> parseOrNull(expression));
        if (t == null) {
            return;
        }
        assertTrue(Double.isFinite(t.bound()) && t.bound() >= 0, "bound " + t.bound());
        assertEquals(t, ThresholdParser.parse(t.toString()), "parse(toString())");

        String canonical = t.aggregate().text() + " " + t.op().symbol() + " " + Double.toString(t.bound())
                + (t.unit() == null ? "" : " " + t.unit().symbol());
        Threshold again = Bounded.call(LIMIT, "parse canonical", () -> ThresholdParser.parse(canonical));
        assertEquals(t.aggregate(), again.aggregate(), canonical);
        assertEquals(t.op(), again.op(), canonical);
        assertEquals(t.bound(), again.bound(), canonical);
        assertEquals(t.unit(), again.unit(), canonical);
    }

    private static Threshold parseOrNull(String expression) {
        try {
            return ThresholdParser.parse(expression);
        } catch (ThresholdSyntaxException e) {
            Bounded.assertOneLine(e.getMessage(), "ThresholdSyntaxException");
            if (!e.getMessage().startsWith("threshold \"")) {
                fail("message does not quote the expression: " + e.getMessage());
            }
            if (e.position() < 0 || e.position() > expression.length()) {
                fail("position " + e.position() + " outside the expression of length " + expression.length());
            }
            return null;
        }
    }
}
