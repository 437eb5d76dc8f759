package io.mcpbench.compare.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.method.Estimate;
import io.mcpbench.compare.method.Scale;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Undecided;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.normalize.MetricDirection;
import io.mcpbench.compare.pairing.RowPair;
import io.mcpbench.compare.settings.Rule;
import io.mcpbench.compare.settings.Settings;
import io.mcpbench.compare.stats.TInterval;
import io.mcpbench.compare.steady.ForkSummary;
import io.mcpbench.compare.steady.SideSummary;
import io.mcpbench.compare.steady.Steadiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision rule on estimates made by hand: the verdicts follow the intervals, the floor and the families. */
class DeciderTest {

    private static final SideSummary SIDE = new SideSummary(List.of(
            new ForkSummary(null, 100, 100, 10, 0, Steadiness.STEADY),
            new ForkSummary(null, 100, 100, 10, 0, Steadiness.STEADY)));

    private static RowAnalysis row(String name, String metric, Direction direction, double diff, double se, double df,
                                   boolean gated) {
        RowKey key = RowKey.of("a.B." + name, direction == Direction.HIGHER_IS_BETTER ? "thrpt" : "avgt", Map.of(), 1, metric);
        RowPair pair = new RowPair(key, "ns/op", new MetricDirection(direction, false), null, null);
        Estimate e = Estimate.of("independent forks", new TInterval(diff, se, df), se * se * 5, df, true, 100,
                100 * Math.exp(diff), 5, false, Double.NaN, "");
        return new RowAnalysis(pair, SIDE, SIDE, Scale.LOG, e, new Settings(0.05, 0.02, 8, gated ? List.of(metric) : List.of(), Rule.WARN, Rule.FAIL, List.of()), Undecided.NO, "");
    }

    private static RowComparison decideOne(RowAnalysis r) {
        return Decider.decide(List.of(r), 0.05).get(0);
    }

    @Test
    void aChangeMustBeSignificantAndReachBeyondTheFloor() {
        assertEquals(Verdict.REGRESSED, decideOne(row("big", "primary", Direction.LOWER_IS_BETTER, 0.05, 0.01, 8, true)).verdict());
        // significant but shown below the floor: no change that counts
        RowComparison small = decideOne(row("small", "primary", Direction.LOWER_IS_BETTER, 0.008, 0.001, 8, true));
        assertEquals(Verdict.EQUIVALENT, small.verdict());
        assertTrue(small.ciHigh() < 1.02, small.toString());
        // a 3% change that the data cannot pin down is not EQUIVALENT under a 2% floor
        RowComparison three = decideOne(row("three", "primary", Direction.LOWER_IS_BETTER, 0.03, 0.02, 8, true));
        assertEquals(Verdict.INCONCLUSIVE, three.verdict());
        assertTrue(three.forksToSettle() > 5);
        assertEquals(Verdict.IMPROVED, decideOne(row("better", "primary", Direction.LOWER_IS_BETTER, -0.05, 0.01, 8, true)).verdict());
    }

    @Test
    void throughputIsOrientedSoThatADropIsWorse() {
        RowComparison drop = decideOne(row("t", "primary", Direction.HIGHER_IS_BETTER, -0.05, 0.01, 8, true));
        assertEquals(Verdict.REGRESSED, drop.verdict());
        assertTrue(drop.change() > 0.04);
    }

    @Test
    void aRateWithNoBetterSideIsChangedNeverRegressed() {
        RowComparison rate = decideOne(row("r", "gc.alloc.rate", Direction.NONE, 0.3, 0.01, 8, false));
        assertEquals(Verdict.CHANGED, rate.verdict());
    }

    @Test
    void onlyGatedRowsShareTheGatedFamily() {
        RowAnalysis gated = row("g", "primary", Direction.LOWER_IS_BETTER, 0.05, 0.018, 8, true);
        List<RowAnalysis> withNoise = new ArrayList<>(List.of(gated));
        for (int i = 0; i < 40; i++) {
            withNoise.add(row("u" + i, "gc.churn.Eden.norm", Direction.LOWER_IS_BETTER, 0.0, 0.01, 8, false));
        }
        RowComparison alone = decideOne(gated);
        RowComparison amongUngated = Decider.decide(withNoise, 0.05).get(0);
        assertEquals(alone.qValue(), amongUngated.qValue(), 1e-15, "ungated rows do not dilute the gated family");
        assertEquals(alone.verdict(), amongUngated.verdict());
        List<RowAnalysis> amongGated = new ArrayList<>(List.of(gated));
        for (int i = 0; i < 40; i++) {
            amongGated.add(row("g" + i, "primary", Direction.LOWER_IS_BETTER, 0.0, 0.01, 8, true));
        }
        assertTrue(Decider.decide(amongGated, 0.05).get(0).qValue() > alone.qValue());
    }

    @Test
    void theShownIntervalExcludesNoChangeExactlyWhenTheRowIsSelected() {
        List<RowAnalysis> rows = new ArrayList<>();
        double[] diffs = {0.06, 0.05, 0.04, 0.03, 0.025, 0.02, 0.01, 0.0, -0.01, 0.015};
        for (int i = 0; i < diffs.length; i++) {
            rows.add(row("r" + i, "primary", Direction.LOWER_IS_BETTER, diffs[i], 0.01, 8, true));
        }
        for (RowComparison c : Decider.decide(rows, 0.05)) {
            boolean selected = c.qValue() <= 0.05;
            boolean excludes = c.ciLow() > 1 || c.ciHigh() < 1;
            if (c.verdict() != Verdict.EQUIVALENT) {
                assertEquals(selected, excludes, c.toString());
            }
            if (c.ciLow() > 1.02) {
                assertEquals(Verdict.REGRESSED, c.verdict(), c.toString());
            }
        }
    }
}
