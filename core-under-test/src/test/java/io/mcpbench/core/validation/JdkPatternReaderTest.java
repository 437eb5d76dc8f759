package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdkPatternReaderTest {

    /** Each escape reads to the code point the JDK gives it, and is consumed whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\t|9", "\\n|10", "\\r|13", "\\f|12", "\\a|7", "\\e|27", "\\x41|65", "\\x{1F600}|128512",
        "\\u00e9|233", "\\uD83D\\uDE00|128512", "\\.|46", "\\-|45", "'\\ '|32"})
    void escapesReadToTheJdksCodePoint(String escape, int codePoint) throws UnsupportedConstruct {
        JdkPatternReader in = new JdkPatternReader(escape);
        assertEquals(codePoint, in.escapedCodePoint(), escape);
        assertFalse(in.more(), escape);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\1|a back-reference",
        "\\k|a back-reference",
        "\\b|a word boundary (\\b)",
        "\\P|a Unicode property (\\P)",
        "\\Q|the escape \\Q",
        "\\x4|a malformed hexadecimal escape",
        "\\x{110000}|a code point past U+10FFFF",
        "\\x{12345678}|a malformed \\x escape",
        "\\u0\uFF10AB|a malformed hexadecimal escape",
        "\\uD83D|a lone surrogate"})
    void escapesOfOtherMeaningsAreRefused(String escape, String reason) {
        JdkPatternReader in = new JdkPatternReader(escape);
        assertEquals(reason, assertThrows(UnsupportedConstruct.class, in::escapedCodePoint).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a|97|1", "\uD83D\uDE00|128512|2"})
    void aLiteralIsOneCodePoint(String literal, int codePoint, int chars) throws UnsupportedConstruct {
        JdkPatternReader in = new JdkPatternReader(literal + "z");
        assertEquals(codePoint, in.codePoint());
        assertEquals('z', in.peek(), chars + " chars read");
    }
}
