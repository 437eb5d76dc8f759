package io.mcpbench.workload.agents;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.LockSupport;

/** Each agent a virtual thread: a loop that parks through its think time, then calls. */
final class VirtualThreadDriver implements AgentDriver {

    private final ExecutorService threads = Carrier.newVirtualThreadPerTaskExecutor();

    @Override
    public void start(Agent agent, long firstDelayNanos) {
        threads.execute(() -> run(agent, firstDelayNanos));
    }

    private static void run(Agent agent, long firstDelayNanos) {
        agent.thread = Thread.currentThread();
        try {
            long due = System.nanoTime() + firstDelayNanos;
            while (parkUntil(agent, due)) {
                agent.call(due);
                due = System.nanoTime() + agent.thinkNanos();
            }
        } finally {
            agent.markStopped();
        }
    }

    /** Parks until {@code due}; false if the agent was stopped first. */
    private static boolean parkUntil(Agent agent, long due) {
        while (agent.running) {
            long left = due - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            LockSupport.parkNanos(left);
        }
        return false;
    }

    @Override
    public void stop(Agent agent) {
        agent.running = false;
        Thread t = agent.thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
