package io.mcpbench.workload.agents;

import io.mcpbench.core.gateway.GatewaySession;
import io.mcpbench.workload.downstream.LatencyModel;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/**
 * One agent: a gateway session, its place in the shared request stream and its own seeded think
 * times. A driver runs it ({@link #call}, then a think time, until {@link #running} is false) and
 * marks it {@link #stopped} when its last call is over. Only one thread runs an agent's calls at a
 * time; the fields the driver and the fleet share are volatile.
 */
final class Agent {

    private final GatewaySession session;
    private final byte[][] requests;
    private final int mask;
    private final LatencyModel think;
    private final SplittableRandom random;
    private final CallListener listener;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private int next;

    /** False once the fleet told the agent to stop; it stops after the call it may be making. */
    volatile boolean running = true;
    /** The virtual thread running the agent's loop (virtual carrier only). */
    volatile Thread thread;
    /** The agent's next scheduled call (platform carrier only). */
    volatile Future<?> pending;

    Agent(GatewaySession session, byte[][] requests, int start, LatencyModel think, SplittableRandom random, CallListener listener) {
        this.session = session;
        this.requests = requests;
        this.mask = requests.length - 1;
        this.next = start;
        this.think = think;
        this.random = random;
        this.listener = listener;
    }

    /** One think time, in nanoseconds. */
    long thinkNanos() {
        return think.sampleNanos(random);
    }

    /** Sends the next request and tells the listener how long it took from {@code intendedNanos} (a {@link System#nanoTime()}). */
    void call(long intendedNanos) {
        byte[] response;
        try {
            response = session.handle(requests[next++ & mask]);
        } catch (RuntimeException e) {
            response = null;
        }
        listener.completed(System.nanoTime() - intendedNanos, response);
    }

    /** Called once by the driver when the agent will make no more calls. */
    void markStopped() {
        stopped.countDown();
    }

    /** Waits until the agent has made its last call, then closes its session. */
    void awaitStoppedAndClose() throws InterruptedException {
        stopped.await();
        session.close();
    }
}
