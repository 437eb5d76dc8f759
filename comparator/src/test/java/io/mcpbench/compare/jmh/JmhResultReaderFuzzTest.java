package io.mcpbench.compare.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mcpbench.compare.analysis.ComparisonEngine;
import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.fuzz.Bounded;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.settings.Settings;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Any bytes either load as a {@link ResultFile} or are refused with a one-line
 * {@link BadInputException}; nothing else escapes, nothing hangs, and a file that loads can be
 * compared with itself without an error or a change being reported.
 *
 * <p>Seeds (real JMH files, small and truncated) and past findings are in
 * {@code JmhResultReaderFuzzTestInputs/readerLoadsOrRefusesInOneLine/}; {@code ./mvnw test} replays
 * them. To fuzz, see {@code comparator/FUZZING.md}.
 */
class JmhResultReaderFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final ComparisonEngine ENGINE = new ComparisonEngine();
    private static final Settings SETTINGS = Settings.DEFAULTS;
    private static final Set<Verdict> NO_CHANGE = EnumSet.of(Verdict.EQUIVALENT, Verdict.INCONCLUSIVE);

    @FuzzTest(maxDuration = "2m")
    void readerLoadsOrRefusesInOneLine(byte[] input) {
        ResultFile file = Bounded.call(LIMIT, "parse", () -> {
            try {
                return JmhResultReader.parse("fuzz.json", input);
            } catch (BadInputException e) {
                Bounded.assertOneLine(e.getMessage(), "BadInputException");
                if (!e.getMessage().startsWith("fuzz.json: ")) {
                    fail("message does not name the file: " + e.getMessage());
                }
                return null;
            }
        });
        if (file == null) {
            return;
        }
        assertFalse(file.rows().isEmpty(), "a loaded file has rows");
        ComparisonResult self = Bounded.call(LIMIT, "self-comparison", () -> ENGINE.compare(file, file, SETTINGS));
        assertEquals(file.rows().size(), self.rows().size(), "every row is paired with itself");
        for (RowComparison row : self.rows()) {
            if (!NO_CHANGE.contains(row.verdict())) {
                fail("a file compared with itself gave " + row.verdict() + " for " + row.key().displayName()
                        + " (" + row.note() + ")");
            }
        }
    }
}
