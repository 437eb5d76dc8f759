package io.mcpbench.compare.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SteadyStateTest {

    @Test
    void aWarmUpTransientIsDroppedAndTheCentreIsTheSteadyLevel() {
        ForkSummary f = SteadyState.summarise(new double[] {4600, 3100, 2200, 1800, 1700, 1690, 1684, 1686, 1683, 1685}, "r1");
        assertTrue(f.dropped() >= 4, "dropped " + f.dropped());
        assertEquals(Steadiness.STEADY, f.steadiness());
        assertEquals(1685, f.centre(), 3);
        assertEquals("r1", f.label());
    }

    @Test
    void aForkStillWarmingUpIsFlagged() {
        ForkSummary f = SteadyState.summarise(new double[] {657, 600, 560, 520, 480, 450, 420, 390, 360, 330}, null);
        assertEquals(Steadiness.UNSTEADY, f.steadiness());
    }

    @Test
    void fewIterationsAreKeptWholeAndNotChecked() {
        ForkSummary f = SteadyState.summarise(new double[] {3, 2, 1, 1}, null);
        assertEquals(Steadiness.UNCHECKED, f.steadiness());
        assertEquals(0, f.dropped());
        assertEquals(1.5, f.centre(), 1e-12, "median-like centre of four");
    }

    @Test
    void oneSpikeMovesTheMeanButNotTheCentreNorTheTruncation() {
        double[] x = {100, 100.2, 99.9, 100.1, 99.8, 100, 100.1, 160, 100, 99.9};
        ForkSummary f = SteadyState.summarise(x, null);
        assertEquals(0, f.dropped());
        assertEquals(100.0, f.centre(), 0.1);
        assertTrue(f.mean() > 105, "the plain mean carries the spike: " + f.mean());
        assertEquals(Steadiness.STEADY, f.steadiness());
    }

    /** The false flag rate on steady forks, and the catch rate on forks warming up through the measurement. */
    @Test
    void flagRatesOnSimulatedForks() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 4000;
        int steadyFlagged = 0;
        int warmingCaught = 0;
        for (int k = 0; k < n; k++) {
            double[] steady = new double[10];
            double[] warming = new double[10];
            for (int i = 0; i < 10; i++) {
                double noise = 1 + 0.01 * rng.nextGaussian();
                steady[i] = 100 * noise * (rng.nextDouble() < 0.1 ? 1.2 : 1.0);
                warming[i] = (100 + 40 * Math.exp(-i / 5.0)) * noise;
            }
            if (SteadyState.summarise(steady, null).steadiness() == Steadiness.UNSTEADY) steadyFlagged++;
            if (SteadyState.summarise(warming, null).steadiness() == Steadiness.UNSTEADY) warmingCaught++;
        }
        System.out.printf("steady forks flagged %.1f%%, warming forks flagged %.1f%%%n", 100.0 * steadyFlagged / n,
                100.0 * warmingCaught / n);
        assertTrue(steadyFlagged < 0.05 * n, "steady flagged " + steadyFlagged);
        assertTrue(warmingCaught > 0.9 * n, "warming caught " + warmingCaught);
    }
}
