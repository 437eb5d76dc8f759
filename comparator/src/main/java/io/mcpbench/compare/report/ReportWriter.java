package io.mcpbench.compare.report;

import java.io.IOException;

/**
 * Lays out a {@link Report} in one format; every output of the comparator is one implementation
 * (console, Markdown, JSON, JUnit, CSV, the summaries and histories, HTML, OpenMetrics), so a new
 * format is one new type. Options of a format (colour, which rows) are given to its constructor;
 * implementations hold no state between calls.
 */
public interface ReportWriter {

    /** Writes {@code report} to {@code out}. */
    void write(Report report, Appendable out) throws IOException;

    /** {@code report} as text. */
    default String render(Report report) {
        StringBuilder sb = new StringBuilder();
        try {
            write(report, sb);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }
}
