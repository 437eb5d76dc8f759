package io.mcpbench.compare.model;

import java.util.Objects;

/**
 * The measurements of one row of a JMH result: per fork, per measurement iteration, the value
 * as JMH wrote it (in {@link #unit()}). For sample-mode primaries, {@code histograms} holds, per
 * fork and iteration, the {@code [value, count]} pairs of {@code rawDataHistogram}; it is null
 * otherwise. Forks may hold different numbers of iterations (ragged secondary metrics).
 *
 * <p>{@code forkLabels}, when not null, names each fork (one label per element of {@code forks}):
 * forks of two sides that carry the same label were measured together (an A/B round) and are
 * compared as a pair. {@code nonFinite} counts the values the file held that were not finite
 * ({@code "NaN"}, {@code "+INF"}) and were left out of {@code forks}; a gated row with any cannot
 * be trusted.
 *
 * <p>{@code summed} marks a metric whose score JMH folds as the sum of its values over every
 * iteration of every fork rather than their mean ({@code @AuxCounters(EVENTS)}, {@code gc.count},
 * {@code gc.time}): the comparison works per iteration alike, but an absolute limit is read on
 * JMH's sum, the figure JMH prints.
 */
public record Row(RowKey key, String unit, double[][] forks, double[][][][] histograms, String[] forkLabels,
                  int nonFinite, boolean summed) {

    public Row {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(forks, "forks");
        if (forkLabels != null && forkLabels.length != forks.length) {
            throw new IllegalArgumentException(key.displayName() + ": " + forkLabels.length + " fork labels for "
                    + forks.length + " forks");
        }
        if (nonFinite < 0) {
            throw new IllegalArgumentException("nonFinite must be >= 0, got " + nonFinite);
        }
    }

    /** A row whose score JMH folds as a mean. */
    public Row(RowKey key, String unit, double[][] forks, double[][][][] histograms, String[] forkLabels,
               int nonFinite) {
        this(key, unit, forks, histograms, forkLabels, nonFinite, false);
    }

    /** A row of unlabelled forks, every value finite. */
    public Row(RowKey key, String unit, double[][] forks, double[][][][] histograms) {
        this(key, unit, forks, histograms, null, 0);
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

    /** The label of fork {@code f}, or null when forks are not labelled. */
    public String label(int f) {
        return forkLabels == null ? null : forkLabels[f];
    }

    /** The same row with other values in another unit; labels, the non-finite count and the folding are kept. */
    public Row withValues(String newUnit, double[][] newForks, double[][][][] newHistograms) {
        return new Row(key, newUnit, newForks, newHistograms, forkLabels, nonFinite, summed);
    }
}
