package io.mcpbench.workload.agents;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Agents as events: a timer thread fires when an agent's think time is over and hands its call to
 * a pool of {@link Carrier#PLATFORM_CARRIERS} platform threads; the call then schedules the
 * agent's next one. No thread is held while an agent thinks.
 */
final class ScheduledDriver implements AgentDriver {

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemons("agent-timer"));
    private final ExecutorService carriers = Executors.newFixedThreadPool(Carrier.PLATFORM_CARRIERS, daemons("agent-carrier"));

    ScheduledDriver() {
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void start(Agent agent, long firstDelayNanos) {
        schedule(agent, System.nanoTime() + firstDelayNanos);
    }

    private void schedule(Agent agent, long due) {
        agent.pending = timer.schedule(() -> carriers.execute(() -> run(agent, due)), due - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    private void run(Agent agent, long due) {
        if (!agent.running) {
            agent.markStopped();
            return;
        }
        agent.call(due);
        if (agent.running) {
            schedule(agent, System.nanoTime() + agent.thinkNanos());
        } else {
            agent.markStopped();
        }
    }

    /**
     * Stops the agent. A scheduled call that is cancelled before it fires will never run, so the
     * agent is stopped now; otherwise the call that runs next sees {@code running} false and marks it.
     */
    @Override
    public void stop(Agent agent) {
        agent.running = false;
        Future<?> pending = agent.pending;
        if (pending != null && pending.cancel(false)) {
            agent.markStopped();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        carriers.shutdown();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
