package io.mcpbench.compare.model;

import java.util.Objects;

/**
 * The measurements of one row of a JMH result: per fork, per measurement iteration, the value
 * as JMH wrote it (in {@link #unit()}). For sample-mode primaries, {@code histograms} holds, per
 * fork and iteration, the {@code [value, count]} pairs of {@code rawDataHistogram}; it is null
 * otherwise. Forks may hold different numbers of iterations (ragged secondary metrics).
 */
public record Row(RowKey key, String unit, double[][] forks, double[][][][] histograms) {

    public Row {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(forks, "forks");
    }

    /** Number of forks with at least one iteration. */
    public int forkCount() {
        int n = 0;
        for (double[] f : forks) {
            if (f.length > 0) n++;
        }
        return n;
    }

    /** True when the row carries sample-mode histograms. */
    public boolean hasHistograms() {
        return histograms != null;
    }
}
