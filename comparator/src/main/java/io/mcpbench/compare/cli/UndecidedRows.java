package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.GatedRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * The benchmarks a sequential run must go on measuring: those with a gated row the gate has not
 * decided (INCONCLUSIVE, untested for too few forks), one JMH include pattern a line that matches
 * that benchmark's name and nothing else.
 */
final class UndecidedRows {

    private UndecidedRows() {
    }

    static void write(Path file, GateResult gate) {
        TreeSet<String> names = new TreeSet<>();
        for (GatedRow r : gate.rows()) {
            RowComparison c = r.comparison();
            if (r.gated() && c.verdict() == Verdict.INCONCLUSIVE && !c.untrusted()) {
                names.add(c.key().benchmark());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String n : names) sb.append(pattern(n)).append('\n');
        try {
            AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** {@code ^name$} with every character a regular expression treats specially escaped. */
    static String pattern(String benchmark) {
        StringBuilder sb = new StringBuilder("^");
        for (char ch : benchmark.toCharArray()) {
            if ("\\.[]{}()<>*+-=!?^$|".indexOf(ch) >= 0) sb.append('\\');
            sb.append(ch);
        }
        return sb.append('$').toString();
    }
}
