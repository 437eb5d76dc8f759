package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.settings.Settings;

/**
 * What the commands need from the reading and statistics layers: read a result file, compare
 * two. The commands depend on this seam only, so their decisions, exit codes and reports can be
 * exercised on comparisons built by hand.
 */
public interface ComparisonBackend {

    /**
     * Reads a JMH result held in memory (read from a file once, by {@link Inputs}); {@code source}
     * names it in messages. Throws an exception with a one-line message naming the source if it
     * is malformed or has no results.
     */
    ResultFile parse(String source, byte[] content);

    /**
     * Compares {@code candidate} with {@code baseline} under {@code settings} (each benchmark under
     * its overrides), with the run-to-run variance of a history ({@code runLevel}, or null).
     */
    ComparisonResult compare(ResultFile baseline, ResultFile candidate, Settings settings, RunLevel runLevel);
}
