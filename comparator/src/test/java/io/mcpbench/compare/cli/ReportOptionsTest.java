package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

    @Test
    void onlyANonEmptyNoColorTurnsColourOff() {
        // no-color.org: "when present and not an empty string"
        assertFalse(ReportOptions.noColor(Map.of()));
        assertFalse(ReportOptions.noColor(Map.of("NO_COLOR", "")));
        assertTrue(ReportOptions.noColor(Map.of("NO_COLOR", "1")));
        assertTrue(ReportOptions.noColor(Map.of("NO_COLOR", "0")), "any value, even 0");
    }

    @Test
    void reportFilesAreWellFormedUtf8WithAnUnpairedSurrogateAsTheReplacementCharacter() {
        assertArrayEquals("a\uFFFDb\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), ReportOptions.utf8("a\uD800b\uD83D\uDE00"));
    }
}
