package io.mcpbench.bench.support;

/**
 * Precomputed input streams for benchmarks: a power-of-two array indexed by
 * {@code i++ & mask}, so every invocation sees a different input the JIT cannot fold, and
 * picking it costs one AND.
 */
public final class InputCycle {

    private InputCycle() {
    }

    /** The smallest power of two at least {@code n} (and at least 1). */
    public static int powerOfTwoAtLeast(int n) {
        if (n <= 1) {
            return 1;
        }
        int p = Integer.highestOneBit(n - 1) << 1;
        if (p <= 0) {
            throw new IllegalArgumentException("too many inputs: " + n);
        }
        return p;
    }
}
