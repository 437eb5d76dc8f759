package io.mcpbench.workload.agents;

/**
 * Told of every call an agent completes, on the thread that carried it: many threads call at
 * once, so implementations are thread-safe and quick (a histogram record, a counter).
 */
@FunctionalInterface
public interface CallListener {

    /**
     * One call completed.
     *
     * @param latencyNanos from the moment the agent meant to send the call (its think time over) to
     *                     the response: a wait for a free carrier counts
     * @param response     the gateway's response bytes, or null when the gateway threw
     */
    void completed(long latencyNanos, byte[] response);
}
