package io.mcpbench.bench.routing;

import java.util.List;

/**
 * How evenly routes were spread: the largest deviation of one instance's share of the routes from
 * the fair share, in percent of the fair share. Instances that are meant to fail are left out, so
 * the fair share is over the healthy ones (the performance plan asks for every share within 5%).
 */
public final class ShareDeviation {

    private ShareDeviation() {
    }

    /**
     * The largest {@code |share - fair| / fair * 100} over the instances not excluded, with each
     * instance's routes summed over all tallies (one tally per thread, indexed by instance).
     *
     * @param tallies  route counts per instance, one array per thread, all of the same length
     * @param excluded which instances to leave out (e.g. the failing ones); same length
     * @return the deviation in percent, or NaN if the included instances got no routes at all
     * @throws IllegalArgumentException if the lengths differ or every instance is excluded
     */
    public static double maxPercent(List<long[]> tallies, boolean[] excluded) {
        int n = excluded.length;
        long[] sums = new long[n];
        for (long[] tally : tallies) {
            if (tally.length != n) {
                throw new IllegalArgumentException(
                        "a tally counts " + tally.length + " instances, expected " + n);
            }
            for (int k = 0; k < n; k++) {
                sums[k] += tally[k];
            }
        }
        int included = 0;
        long total = 0;
        for (int k = 0; k < n; k++) {
            if (!excluded[k]) {
                included++;
                total += sums[k];
            }
        }
        if (included == 0) {
            throw new IllegalArgumentException("every one of the " + n + " instances is excluded");
        }
        if (total == 0) {
            return Double.NaN;
        }
        double fair = (double) total / included;
        double worst = 0;
        for (int k = 0; k < n; k++) {
            if (!excluded[k]) {
                worst = Math.max(worst, Math.abs(sums[k] - fair) / fair);
            }
        }
        return worst * 100.0;
    }
}
