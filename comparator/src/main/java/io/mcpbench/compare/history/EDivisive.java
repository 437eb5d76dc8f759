package io.mcpbench.compare.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Change points of one series by E-divisive means (Matteson and James 2014), the method of
 * MongoDB's performance signal processing and Apache Otava (Hunter).
 *
 * <p>Divisive and hierarchical: every current segment (at first, the whole series) proposes the
 * split with the largest energy statistic {@code Q} ({@link EnergyStatistic}, {@code alpha = 1},
 * each side at least {@code minSegment} values); the largest proposal over all segments is tested
 * by permutation: the values are shuffled within each current segment, the largest proposal is
 * found again, and the p-value is {@code (1 + #{Q_perm >= Q}) / (1 + permutations)}. When it is at
 * most the significance level the split is accepted, the segment divides, and the search repeats;
 * the first rejected proposal ends it. The test stops early once its p-value can only exceed the
 * level, so a series without change costs a few permutations.
 *
 * <p>As in MongoDB's and Otava's versions, a proposal always ends at its segment's end (the
 * original also searches the end point), which keeps a step costing {@code O(n^2)} per
 * permutation: a few hundred runs analyse in milliseconds.
 *
 * <p>The statistic is invariant to shifting and scaling the values; callers pass log values when
 * changes are relative. Permutations draw from a {@link SplittableRandom} of the given seed, so
 * the same series and seed give the same change points. Instances are stateless.
 */
public final class EDivisive {

    /**
     * An accepted change point.
     *
     * @param index     the first index of the new segment, in the series passed to {@link #detect}
     * @param statistic the energy statistic {@code Q} of the split
     * @param pValue    the permutation p-value
     */
    public record Split(int index, double statistic, double pValue) {
    }

    private final HistorySettings settings;

    /** A detector with the permutation count, significance, minimum segment and window of {@code settings}. */
    public EDivisive(HistorySettings settings) {
        this.settings = settings;
    }

    /**
     * The change points of {@code values} (or of its last {@code window} values), in index order.
     * Values must be finite.
     */
    public List<Split> detect(double[] values, long seed) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is not finite: " + values[i]);
            }
        }
        int offset = settings.window() > 0 ? Math.max(0, values.length - settings.window()) : 0;
        double[] x = Arrays.copyOfRange(values, offset, values.length);
        int n = x.length;
        int minSegment = settings.minSegment();
        EnergyStatistic energy = new EnergyStatistic(n);
        SplittableRandom random = new SplittableRandom(seed);
        int[] bounds = {0, n};
        double[] shuffled = new double[n];
        List<Split> found = new ArrayList<>();
        double allowed = settings.significance() * (settings.permutations() + 1) + 1e-9;
        while (true) {
            int bestTau = -1;
            double bestQ = Double.NEGATIVE_INFINITY;
            for (int s = 0; s + 1 < bounds.length; s++) {
                int tau = energy.best(x, bounds[s], bounds[s + 1], minSegment);
                if (tau >= 0 && energy.bestValue() > bestQ) {
                    bestQ = energy.bestValue();
                    bestTau = tau;
                }
            }
            if (bestTau < 0) {
                break;
            }
            System.arraycopy(x, 0, shuffled, 0, n);
            int exceed = 0;
            int done = 0;
            while (done < settings.permutations() && exceed + 1 <= allowed) {
                double max = Double.NEGATIVE_INFINITY;
                for (int s = 0; s + 1 < bounds.length; s++) {
                    int from = bounds[s];
                    int to = bounds[s + 1];
                    if (to - from < 2 * minSegment) {
                        continue;
                    }
                    shuffle(shuffled, from, to, random);
                    if (energy.best(shuffled, from, to, minSegment) >= 0 && energy.bestValue() > max) {
                        max = energy.bestValue();
                    }
                }
                if (max >= bestQ) {
                    exceed++;
                }
                done++;
            }
            double p = (exceed + 1.0) / (settings.permutations() + 1.0);
            if (exceed + 1 > allowed) {
                break;
            }
            found.add(new Split(offset + bestTau, bestQ, p));
            bounds = insert(bounds, bestTau);
        }
        found.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return List.copyOf(found);
    }

    private static void shuffle(double[] a, int from, int to, SplittableRandom random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int[] insert(int[] bounds, int tau) {
        int[] out = new int[bounds.length + 1];
        int k = 0;
        boolean placed = false;
        for (int b : bounds) {
            if (!placed && tau < b) {
                out[k++] = tau;
                placed = true;
            }
            out[k++] = b;
        }
        return out;
    }
}
