package io.mcpbench.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Weighted figures summed the way JMH sums EVENTS counters give the mean figure. */
class IterationFigureTest {

    @Test
    void summingWeightedFiguresOverIterationsAndForksGivesTheirMean() {
        int iterations = 5;
        int forks = 3;
        double sum = 0;
        double plain = 0;
        for (int f = 0; f < forks; f++) {
            for (int i = 0; i < iterations; i++) {
                double figure = 90 + f * 3 + i;
                plain += figure;
                sum += figure * IterationFigure.weight(iterations, forks);
            }
        }
        assertEquals(plain / (iterations * forks), sum, 1e-9);
    }

    @Test
    void aRunInsideTheHostJvmCountsAsOneFork() {
        assertEquals(0.5, IterationFigure.weight(2, 0));
        assertEquals(1.0, IterationFigure.weight(0, 0));
    }
}
