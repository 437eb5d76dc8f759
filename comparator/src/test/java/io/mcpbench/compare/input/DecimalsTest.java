package io.mcpbench.compare.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource({"5, 5", "0.25, 0.25", "-3, -3", "+7.5, 7.5", "1e3, 1000", "2.5E-2, 0.025", "1e399, 1e399", "1e-400, 1e-400"})
    void plainDecimalsAreNumbers(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Decimals.parse(text)), text);
    }

    /** Digits of other scripts, hexadecimal, suffixes, words, and partial forms are not numbers. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0665", "1\u0660", "\uff15", "0x1.4p3", "0x10", "1d", "1f", "NaN", "Infinity", "", "+", "-",
        "1.", ".5", " 1", "1 ", "1e", "1e+", "1,5", "١٢٣"})
    void anythingElseIsNot(String text) {
        assertEquals("not a number", assertThrows(NumberFormatException.class, () -> Decimals.parse(text)).getMessage(), text);
    }

    /** Absurd exponents are refused at once, before anything expands them (1e999999999 took 7.7 s and then ran out of memory). */
    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1e-401", "1e999999999", "1e2147483647", "1e-2147483648", "1e99999999999", "9e400"})
    void outOfRangeIsRefusedQuickly(String text) {
        NumberFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(NumberFormatException.class, () -> Decimals.parse(text)));
        assertEquals("number out of range", e.getMessage(), text);
    }

    @Test
    void overlongNumbersAreRefused() {
        assertEquals("number longer than 512 characters",
                assertThrows(NumberFormatException.class, () -> Decimals.parse("1".repeat(513))).getMessage());
        assertEquals("number out of range", assertThrows(NumberFormatException.class, () -> Decimals.parseDouble("1e400")).getMessage());
    }

    @Test
    void scanStopsWhereTheNumberEnds() {
        assertEquals(4, Decimals.scan("12.5ms", 0));
        assertEquals(3, Decimals.scan("1e3s", 0));
        assertEquals(1, Decimals.scan("1ms", 0), "an e not followed by digits is a unit");
        assertEquals(0, Decimals.scan("\u0665ms", 0));
    }
}
