package io.mcpbench.compare.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The damage the fail-closed properties apply does what it says, so a passing property means something. */
class MutationTest {

    private static final String JSON = "[{\"benchmark\":\"a.B.c\",\"threads\":1,\"primaryMetric\":{\"rawData\":[[1.5,2.5]]}}]";
    private static final byte[] IN = JSON.getBytes(StandardCharsets.UTF_8);

    private static String apply(Mutation.Kind kind, double at, double extent, int variant) {
        return new String(new Mutation(kind, at, extent, variant).apply(IN), StandardCharsets.UTF_8);
    }

    @Test
    void eachKindEditsTheBytesAsNamed() {
        byte[] flipped = new Mutation(Mutation.Kind.FLIP_BIT, 0.0, 0, 0).apply(IN);
        assertEquals('[' ^ 1, flipped[0]);
        assertEquals(IN.length - 64, apply(Mutation.Kind.DELETE_RANGE, 0.0, 1.0, 0).length(), "at most 64 bytes go");
        assertEquals(JSON.substring(3), apply(Mutation.Kind.DELETE_RANGE, 0.0, 2.5 / 63, 0));
        assertEquals("[{\"" + JSON, apply(Mutation.Kind.DUPLICATE_RANGE, 0.0, 2.5 / 63, 0));
        assertEquals(JSON.replace("\"threads\":1", "\"threads\":\"NaN\""), apply(Mutation.Kind.REPLACE_NUMBER, 0.0, 0, 0));
        assertEquals(JSON.replace("2.5", "1e400"), apply(Mutation.Kind.REPLACE_NUMBER, 0.99, 0, 3));
        assertEquals(JSON.replace("\"threads\":1,", ""), apply(Mutation.Kind.REMOVE_KEY, 0.34, 0, 0));
        assertEquals("[{\"benchmark\":\"a.B.c\",\"threads\":1}]", apply(Mutation.Kind.REMOVE_KEY, 0.5, 0, 0));
        assertEquals(JSON.substring(0, JSON.length() / 2), apply(Mutation.Kind.TRUNCATE, 0.5, 0, 0));
    }

    @Test
    void editsNeverChangeTheirInput() {
        byte[] copy = IN.clone();
        for (Mutation.Kind kind : Mutation.Kind.values()) {
            for (double at = 0; at <= 1.0; at += 0.125) {
                byte[] out = new Mutation(kind, at, at, (int) (at * 64)).apply(IN);
                assertTrue(out.length <= IN.length * 2 + 64, kind + " " + at);
            }
        }
        assertTrue(Arrays.equals(copy, IN));
        assertFalse(Arrays.equals(IN, new Mutation(Mutation.Kind.FLIP_BIT, 1.0, 0, 7).apply(IN)), "the last byte is reachable");
    }
}
