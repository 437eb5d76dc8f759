package io.mcpbench.compare.steady;

/** Whether a fork's measured iterations reached a steady state. */
public enum Steadiness {
    /** The kept iterations show no trend. */
    STEADY,
    /** The kept iterations still trend: the fork never settled within its measurement. */
    UNSTEADY,
    /** Too few iterations to tell ({@link SteadyState#MIN_ITERATIONS}); all are kept. */
    UNCHECKED
}
