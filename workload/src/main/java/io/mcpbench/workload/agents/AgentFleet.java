package io.mcpbench.workload.agents;

import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.workload.downstream.LatencyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A fleet of agents against one gateway: each agent opens its own gateway session and calls tools
 * from a shared request stream (each starting at its own place in it), with a think time between
 * the response and its next call. The fleet is resized while it runs: added agents start with a
 * first wait drawn from the think time (which, for an exponential think time, is the wait an agent
 * already running would have left, so the fleet is in its steady state at once); removed agents
 * finish the call they may be making and close their sessions. Each agent's think times come
 * from its own stream, split from the seed in the order agents are added, so a run that resizes
 * the same way draws the same think times. Resizing and closing are serialised; the listener is called from the carriers' threads.
 */
public final class AgentFleet implements AutoCloseable {

    private final McpGateway gateway;
    private final byte[][] requests;
    private final LatencyModel think;
    private final SplittableRandom seeds;
    private final CallListener listener;
    private final Carrier carrier;
    private final AgentDriver driver;
    private final List<Agent> agents = new ArrayList<>();
    private boolean closed;

    /**
     * A fleet of no agents yet.
     *
     * @param gateway  the gateway every agent opens its session on
     * @param requests the JSON-RPC requests the agents send, a power-of-two count
     * @param think    each agent's think time between a response and its next call
     * @param seed     the seed of every agent's think times
     * @param listener told of every completed call
     * @param carrier  what carries the agents ({@link Carrier#best()} for this JVM)
     */
    public AgentFleet(McpGateway gateway, byte[][] requests, LatencyModel think, long seed, CallListener listener, Carrier carrier) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.requests = Objects.requireNonNull(requests, "requests");
        if (requests.length == 0 || Integer.bitCount(requests.length) != 1) {
            throw new IllegalArgumentException("the request stream needs a power-of-two length, got " + requests.length);
        }
        this.think = Objects.requireNonNull(think, "think");
        this.seeds = new SplittableRandom(seed);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.driver = AgentDriver.on(carrier);
    }

    /** What carries this fleet's agents. */
    public Carrier carrier() {
        return carrier;
    }

    /** The number of agents running. */
    public synchronized int size() {
        return agents.size();
    }

    /**
     * Adds or removes agents until {@code count} run; returns once the removed ones have made
     * their last call and closed their sessions.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     * @throws IllegalStateException    if the fleet is closed
     */
    public synchronized void resize(int count) throws InterruptedException {
        if (count < 0) {
            throw new IllegalArgumentException("an agent count cannot be negative: " + count);
        }
        if (closed) {
            throw new IllegalStateException("the fleet is closed");
        }
        while (agents.size() < count) {
            int index = agents.size();
            SplittableRandom random = seeds.split();
            int start = (int) ((long) index * 7919 % requests.length);
            Agent agent = new Agent(gateway.openSession(), requests, start, think, random, listener);
            agents.add(agent);
            driver.start(agent, agent.thinkNanos());
        }
        if (agents.size() > count) {
            List<Agent> leaving = new ArrayList<>(agents.subList(count, agents.size()));
            agents.subList(count, agents.size()).clear();
            leaving.forEach(driver::stop);
            for (Agent agent : leaving) {
                agent.awaitStoppedAndClose();
            }
        }
    }

    /** Stops every agent, closes their sessions and ends the carriers' threads; closing again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            resize(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed = true;
            driver.close();
        }
    }
}
