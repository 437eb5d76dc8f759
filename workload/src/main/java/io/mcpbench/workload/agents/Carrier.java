package io.mcpbench.workload.agents;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What carries the agents' waits. A thousand agents each waiting for its think time and its
 * downstream would need a thousand platform threads; two cores cannot schedule that many without
 * the scheduler itself showing in the latencies. Virtual threads (JDK 21 and newer) park for free,
 * so each agent gets one and runs as a plain loop. Before JDK 21 a timer thread wakes each agent
 * when its think time is over and hands the call to a pool of {@link #PLATFORM_CARRIERS} platform
 * threads: event-driven, and a call that finds every carrier busy waits in the pool's queue, a
 * wait its latency includes. The build targets Java 17, so the virtual-thread executor is looked
 * up by name at run time ({@link #best()}).
 */
public enum Carrier {

    /** A virtual thread per agent (JDK 21 and newer). */
    VIRTUAL,

    /** A timer thread and a pool of {@link #PLATFORM_CARRIERS} platform threads for the calls. */
    PLATFORM;

    /**
     * The platform threads that carry calls when virtual threads are not available: more than the
     * calls in flight at once in the scenarios (a thousand agents thinking 100 ms between calls of
     * a few milliseconds keep about 15 in flight), few enough for two cores.
     */
    public static final int PLATFORM_CARRIERS = 64;

    private static final MethodHandle NEW_VIRTUAL_EXECUTOR = virtualExecutorFactory();

    /** {@link #VIRTUAL} where this JVM has virtual threads (JDK 21+), else {@link #PLATFORM}. */
    public static Carrier best() {
        return NEW_VIRTUAL_EXECUTOR != null ? VIRTUAL : PLATFORM;
    }

    /** An executor that starts a new virtual thread per task. */
    static ExecutorService newVirtualThreadPerTaskExecutor() {
        if (NEW_VIRTUAL_EXECUTOR == null) {
            throw new UnsupportedOperationException("this JVM (" + Runtime.version() + ") has no virtual threads: JDK 21 or newer has");
        }
        try {
            return (ExecutorService) NEW_VIRTUAL_EXECUTOR.invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot start the virtual-thread executor: " + e, e);
        }
    }

    /** {@code Executors.newVirtualThreadPerTaskExecutor}, or null where it is missing or still a preview (JDK 19, 20). */
    private static MethodHandle virtualExecutorFactory() {
        try {
            MethodHandle h = MethodHandles.publicLookup().findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class));
            ((ExecutorService) h.invokeExact()).shutdown();
            return h;
        } catch (Throwable absentOrPreview) {
            return null;
        }
    }
}
