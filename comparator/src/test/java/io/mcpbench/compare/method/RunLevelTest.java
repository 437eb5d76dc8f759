package io.mcpbench.compare.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.normalize.MetricDirection;
import io.mcpbench.compare.pairing.RowPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunLevelTest {

    private static final RowKey KEY = RowKey.of("a.B.c", "avgt", Map.of(), 1, RowKey.PRIMARY);

    /** Runs whose level moves by {@code runSd} from run to run, with 10 forks of 1% noise each. */
    private static List<ResultFile> history(int runs, double runSd, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<ResultFile> out = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            double level = 100 * Math.exp(runSd * rng.nextGaussian());
            double[][] forks = new double[10][8];
            for (double[] f : forks) {
                double fl = level * Math.exp(0.01 * rng.nextGaussian());
                for (int i = 0; i < f.length; i++) f[i] = fl * (1 + 0.001 * rng.nextGaussian());
            }
            out.add(new ResultFile("run" + r, RunInfo.unknown(), List.of(new Row(KEY, "ns/op", forks, null))));
        }
        return out;
    }

    @Test
    void theRunToRunComponentIsRecoveredFromAHistory() {
        RunLevel.Component c = RunLevel.fromRuns(history(40, 0.02, 1)).of(KEY);
        assertEquals(39, c.df());
        assertEquals(Scale.LOG, c.scale());
        assertTrue(Math.sqrt(c.variance()) > 0.014 && Math.sqrt(c.variance()) < 0.027, "run sd " + Math.sqrt(c.variance()));
        assertNull(RunLevel.fromRuns(history(2, 0.02, 2)).of(KEY), "fewer than 3 runs say nothing");
    }

    @Test
    void itWidensIndependentForksAndMoreForksNoLongerNarrowPastIt() {
        RunLevel level = RunLevel.fromRuns(history(20, 0.02, 3));
        Method m = level.around(s -> Estimate.of("independent forks", new io.mcpbench.compare.stats.TInterval(0.01, 0.001, 18),
                1e-5, 18, true, 100, 101, 10, false, Double.NaN, ""));
        RowPair pair = new RowPair(KEY, "ns/op", new MetricDirection(Direction.LOWER_IS_BETTER, false), null, null);
        Estimate e = m.estimate(new RowSample(pair, null, null, Scale.LOG));
        assertTrue(e.test().se() > 0.01, "se " + e.test().se());
        assertTrue(e.varianceWith(10_000) >= 2 * level.of(KEY).variance());
        assertTrue(e.note().contains("run-to-run variance from 20 runs"), e.note());
    }
}
