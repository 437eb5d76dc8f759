package io.mcpbench.compare.decision;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Group-sequential error control for a run that looks at its data more than once and stops when
 * every row is settled (an A/B run with a time budget): the Lan-DeMets spending function of
 * O'Brien-Fleming type, {@code alpha(t) = 2 - 2 Phi(z(1 - alpha/2) / sqrt(t))}, over the share
 * {@code t} of the budget spent. A look at {@code t} after one at {@code s} decides at the level
 * {@code alpha(t) - alpha(s)}, and the levels of all looks add up to at most {@code alpha} (the
 * chance of any false decision is at most the sum of the chances of each look: a Bonferroni bound,
 * which needs no model of how the looks' statistics correlate). O'Brien-Fleming spends almost
 * nothing early, so a run stops early only for a change far beyond the noise and otherwise keeps
 * nearly the whole level for its last look; the last look, at the end of the budget, spends
 * what is left ({@code t = 1}).
 */
public final class AlphaSpending {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private AlphaSpending() {
    }

    /** The level spent by share {@code t} of the budget (0 at 0, {@code alpha} at 1). */
    public static double spent(double alpha, double t) {
        if (!(t > 0)) {
            return 0.0;
        }
        if (t >= 1) {
            return alpha;
        }
        double z = NORMAL.inverseSurvivalProbability(alpha / 2);
        return 2 * NORMAL.survivalProbability(z / Math.sqrt(t));
    }

    /** The level of a look at share {@code to} of the budget after one at {@code from}. */
    public static double look(double alpha, double from, double to) {
        if (!(from >= 0 && to > from && to <= 1)) {
            throw new IllegalArgumentException("a look needs 0 <= from < to <= 1, got " + from + " to " + to);
        }
        return spent(alpha, to) - spent(alpha, from);
    }
}
