package io.mcpbench.compare.report;

import java.io.IOException;

/** Lays out a {@link Report} in one format. Implementations hold no state between calls. */
public interface ReportWriter {

    /** Writes {@code report} to {@code out}. */
    void write(Report report, Appendable out) throws IOException;
}
