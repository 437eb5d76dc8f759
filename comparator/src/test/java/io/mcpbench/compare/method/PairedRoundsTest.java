package io.mcpbench.compare.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.normalize.MetricDirection;
import io.mcpbench.compare.pairing.RowPair;
import io.mcpbench.compare.steady.ForkSummary;
import io.mcpbench.compare.steady.SideSummary;
import io.mcpbench.compare.steady.Steadiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedRoundsTest {

    private static final RowPair PAIR = new RowPair(RowKey.of("a.B.c", "avgt", Map.of(), 1, RowKey.PRIMARY), "ns/op",
            new MetricDirection(Direction.LOWER_IS_BETTER, false), null, null);

    static SideSummary side(String[] labels, double[] centres, Steadiness... steadiness) {
        List<ForkSummary> f = new ArrayList<>();
        for (int i = 0; i < centres.length; i++) {
            Steadiness s = steadiness.length > i ? steadiness[i] : Steadiness.STEADY;
            f.add(new ForkSummary(labels == null ? null : labels[i], centres[i], centres[i], 10, 2, s));
        }
        return new SideSummary(f);
    }

    @Test
    void theTestIsOnPerRoundLogRatiosMatchedByLabel() {
        String[] labels = {"r1", "r2", "r3", "r4"};
        SideSummary base = side(labels, new double[] {100, 110, 90, 105});
        SideSummary cand = side(new String[] {"r3", "r1", "r4", "r2"}, new double[] {94.5, 105, 110.25, 115.5});
        Estimate e = new PairedRounds().estimate(new RowSample(PAIR, base, cand, Scale.LOG));
        assertEquals(4, e.units());
        assertEquals(Math.log(1.05), e.diff(), 1e-12);
        assertEquals(0.0, e.test().se(), 1e-12, "every round is exactly 5% slower");
        assertTrue(e.paired());
        assertTrue(e.crossCheckP() > 0 && e.crossCheckP() < 0.2, "signed-rank p of four equal positive differences");
    }

    @Test
    void unlabelledForksOrFewerThanTwoRoundsAreNotPaired() {
        assertNull(new PairedRounds().estimate(new RowSample(PAIR, side(null, new double[] {1, 2, 3}),
                side(null, new double[] {1, 2, 3}), Scale.LOG)));
        assertNull(new PairedRounds().estimate(new RowSample(PAIR, side(new String[] {"a", "b"}, new double[] {1, 2}),
                side(new String[] {"b", "c"}, new double[] {1, 2}), Scale.LOG)));
    }

    @Test
    void aRoundWithAnUnsettledForkIsLeftOut() {
        String[] labels = {"r1", "r2", "r3", "r4", "r5"};
        SideSummary base = side(labels, new double[] {100, 100, 100, 100, 100});
        SideSummary cand = side(labels, new double[] {110, 110, 110, 110, 300},
                Steadiness.STEADY, Steadiness.STEADY, Steadiness.STEADY, Steadiness.STEADY, Steadiness.UNSTEADY);
        Estimate e = new PairedRounds().estimate(new RowSample(PAIR, base, cand, Scale.LOG));
        assertEquals(4, e.units());
        assertTrue(e.note().contains("1 fork(s) without a settled partner"), e.note());
    }
}
