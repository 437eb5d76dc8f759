package io.mcpbench.workload.agents;

/**
 * Runs agents on a {@link Carrier}: starts each one's loop of think time and call, and stops it.
 * A stopped agent finishes the call it may be making, then is marked stopped.
 */
interface AgentDriver extends AutoCloseable {

    /** Starts {@code agent}: its first call after {@code firstDelayNanos}. */
    void start(Agent agent, long firstDelayNanos);

    /** Tells {@code agent} to stop; returns at once ({@link Agent#awaitStoppedAndClose()} waits). */
    void stop(Agent agent);

    /** Ends the driver's threads; every agent must have been stopped. */
    @Override
    void close();

    /** The driver for {@code carrier}. */
    static AgentDriver on(Carrier carrier) {
        return carrier == Carrier.VIRTUAL ? new VirtualThreadDriver() : new ScheduledDriver();
    }
}
