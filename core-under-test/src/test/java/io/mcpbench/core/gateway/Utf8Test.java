package io.mcpbench.core.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /** The JDK's strict decoder: what "well-formed" means, checked the slow way. */
    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7b7d", "7f", "c280", "dfbf", "e0a080", "ed9fbf", "ee8080", "efbfbf", "f0908080", "f48fbfbf",
        "e282ac", "f09f9880"})
    void everyCodePointBoundaryIsWellFormed(String hex) {
        assertTrue(Utf8.isWellFormed(hex(hex)), hex);
        assertTrue(jdkAccepts(hex(hex)), hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "c0af", "c1bf", "e080af", "e09fbf", "f0808080", "f08fbfbf", // overlong forms ('/' as C0 AF)
        "eda080", "edbfbf", // UTF-16 surrogates
        "f4908080", "f5808080", "ff", "fe", // past U+10FFFF, never a lead byte
        "80", "bf", "41bf", // a continuation byte first
        "c2", "e0a0", "f09080", "c241", "e0a041", "f0908041" // cut short, or a missing continuation
    })
    void illFormedSequencesAreRefused(String hex) {
        assertFalse(Utf8.isWellFormed(hex(hex)), hex);
        assertFalse(jdkAccepts(hex(hex)), hex);
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() {
        SplittableRandom random = new SplittableRandom(13);
        int wellFormed = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int k = 0; k < bytes.length; k++) {
                // Mostly bytes of multi-byte sequences, where the rules are.
                bytes[k] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
            }
            boolean expected = jdkAccepts(bytes);
            assertEquals(expected, Utf8.isWellFormed(bytes), HexFormat.of().formatHex(bytes));
            wellFormed += expected ? 1 : 0;
        }
        assertTrue(wellFormed > 1_000, "the sample holds well-formed input too: " + wellFormed);
    }
}
