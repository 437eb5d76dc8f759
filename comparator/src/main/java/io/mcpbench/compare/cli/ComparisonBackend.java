package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.RowEvidence;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.policy.Policy;
import java.util.List;
import java.util.Map;

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

    /** Compares {@code candidate} with {@code baseline} under {@code settings}, with the per-benchmark settings of {@code policy}. */
    Comparison compare(ResultFile baseline, ResultFile candidate, StatisticsSettings settings, Policy policy);

    /**
     * Every row compared (sorted by key), the geometric-mean summary (null if none), per row the
     * evidence behind its verdict (fork means) where the backend has it, and whether a history
     * gave the run-to-run variance.
     */
    record Comparison(List<RowComparison> rows, RowComparison geometricMean, Map<RowKey, RowEvidence> evidence,
                      boolean runLevelModelled) {

        public Comparison {
            rows = List.copyOf(rows);
            evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
        }

        /** A comparison without evidence or history. */
        public Comparison(List<RowComparison> rows, RowComparison geometricMean) {
            this(rows, geometricMean, Map.of(), false);
        }
    }
}
