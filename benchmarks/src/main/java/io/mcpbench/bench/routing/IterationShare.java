package io.mcpbench.bench.routing;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Makes a per-iteration figure (a percentage, not a count) come out right through
 * {@code @AuxCounters(Type.EVENTS)}. JMH sums an EVENTS counter over the threads of an iteration,
 * then sums the iterations of every fork into the score. So one thread reports, the others report
 * 0, and each measured iteration reports its figure divided by (measurement iterations x forks):
 * the score is then the mean of the figure over all measured iterations. The per-iteration lines
 * JMH prints (and the JSON raw data) carry the same scaling.
 */
final class IterationShare {

    private IterationShare() {
    }

    /** The weight of one iteration's figure in the score, for the reporting thread. */
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
