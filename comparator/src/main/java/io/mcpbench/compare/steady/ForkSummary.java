package io.mcpbench.compare.steady;

/**
 * One fork reduced to the number the comparison uses.
 *
 * @param label      the fork's label (its A/B round), or null
 * @param centre     robust centre of the kept iterations ({@link TrimmedMean})
 * @param mean       plain mean of the kept iterations, for display
 * @param iterations measured iterations before truncation
 * @param dropped    leading iterations dropped as warm-up transient ({@link Mser})
 * @param steadiness whether the kept iterations are steady
 */
public record ForkSummary(String label, double centre, double mean, int iterations, int dropped,
                          Steadiness steadiness) {

    /** Iterations kept. */
    public int kept() {
        return iterations - dropped;
    }
}
