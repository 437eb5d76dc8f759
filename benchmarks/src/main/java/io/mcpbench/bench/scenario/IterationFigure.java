package io.mcpbench.bench.scenario;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Makes a per-iteration figure (a percentile, a percentage, a heap size: not a count) come out
 * right through {@code @AuxCounters(Type.EVENTS)}. JMH gives an EVENTS counter the aggregation
 * policy SUM: it adds the counter over the threads of an iteration, then over every measured
 * iteration of every fork, and does not divide by time in any mode (OPERATIONS counters are the
 * ones normalised like the primary score). So one thread reports and the others leave the field
 * at 0, and each measured iteration reports its figure times {@link #weight}, 1 / (measurement
 * iterations x forks): the score is then the mean of the figure over all measured iterations. The
 * per-iteration lines JMH prints, and the JSON's raw data, carry the same scaling.
 */
final class IterationFigure {

    private IterationFigure() {
    }

    /** The weight of one measured iteration's figure in the score. */
    static double weight(BenchmarkParams benchmark, IterationParams iteration) {
        return weight(iteration.getCount(), benchmark.getForks());
    }

    /**
     * {@code 1 / (iterations x forks)}; a count below 1 counts as 1 (JMH reports 0 forks for a run
     * inside the host JVM).
     */
    static double weight(int iterations, int forks) {
        return 1.0 / ((double) Math.max(1, iterations) * Math.max(1, forks));
    }
}
