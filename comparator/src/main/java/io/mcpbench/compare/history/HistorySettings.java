package io.mcpbench.compare.history;

/**
 * How history is analysed. Defaults: 199 permutations, significance 0.01, segments of at least 5
 * runs, the whole series, trend against the median of the 5 runs before the latest, seed 1.
 *
 * <p>A shift is reported only once {@code minSegment} runs confirm it, so a single slow run is
 * never a change point; meanwhile the trend shows the latest run against its recent median.
 *
 * @param permutations number of permutations of the significance test; the smallest p-value it
 *                     can give is {@code 1 / (permutations + 1)}
 * @param significance a split is accepted when its permutation p-value is at most this
 * @param minSegment   fewest runs on each side of a change point (at least 2)
 * @param window       analyse only the last {@code window} values of each series; 0 for all
 * @param trendRuns    how many runs before the latest form the median it is compared with
 * @param seed         seeds the permutations (with the row's name), so results repeat exactly
 */
public record HistorySettings(int permutations, double significance, int minSegment, int window, int trendRuns,
        long seed) {

    public static final int DEFAULT_PERMUTATIONS = 199;
    public static final double DEFAULT_SIGNIFICANCE = 0.01;
    public static final int DEFAULT_MIN_SEGMENT = 5;
    public static final int DEFAULT_TREND_RUNS = 5;
    /** The most permutations accepted: the smallest p-value is then 1e-5, and the work stays bounded. */
    public static final int MAX_PERMUTATIONS = 99_999;

    public HistorySettings {
        if (!(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("significance must be in (0, 1), got " + significance);
        }
        if (permutations < 1 || permutations > MAX_PERMUTATIONS) {
            throw new IllegalArgumentException("permutations must be 1 to " + MAX_PERMUTATIONS + ", got " + permutations);
        }
        if (significance * (permutations + 1) < 1) {
            throw new IllegalArgumentException("with " + permutations + " permutations no p-value can reach "
                    + significance + ": use at least " + (int) Math.ceil(1 / significance - 1) + " permutations");
        }
        if (minSegment < 2) {
            throw new IllegalArgumentException("minSegment must be at least 2, got " + minSegment);
        }
        if (window < 0) {
            throw new IllegalArgumentException("window must be 0 (all runs) or positive, got " + window);
        }
        if (trendRuns < 1) {
            throw new IllegalArgumentException("trendRuns must be at least 1, got " + trendRuns);
        }
    }

    /** The default settings. */
    public static HistorySettings defaults() {
        return new HistorySettings(DEFAULT_PERMUTATIONS, DEFAULT_SIGNIFICANCE, DEFAULT_MIN_SEGMENT, 0,
                DEFAULT_TREND_RUNS, 1L);
    }

    /** These settings analysing only the last {@code runs} values of each series (0 for all). */
    public HistorySettings withWindow(int runs) {
        return new HistorySettings(permutations, significance, minSegment, runs, trendRuns, seed);
    }

    /** These settings with another minimum segment size. */
    public HistorySettings withMinSegment(int runs) {
        return new HistorySettings(permutations, significance, runs, window, trendRuns, seed);
    }

    /** These settings with another permutation count, significance level and seed. */
    public HistorySettings withTest(int newPermutations, double newSignificance, long newSeed) {
        return new HistorySettings(newPermutations, newSignificance, minSegment, window, trendRuns, newSeed);
    }
}
