package io.mcpbench.stress.registry;

import java.util.function.LongSupplier;

/**
 * A nanosecond clock whose reading each thread sets before its call. A registry call reads the clock
 * once, at its start, so giving the heartbeat thread an earlier reading than the expiry thread models
 * "the heartbeat was sent at t, the expiry pass started at t' > t" while leaving the order in which
 * the two then reach the shared state to the race under test.
 */
public final class CallClock implements LongSupplier {

    /** The one instance: the readings are per thread, not per clock. */
    public static final CallClock INSTANCE = new CallClock();

    private static final ThreadLocal<long[]> NOW = ThreadLocal.withInitial(() -> new long[1]);

    private CallClock() {
    }

    /** Sets what this thread's next clock reads return. */
    public static void set(long nanos) {
        NOW.get()[0] = nanos;
    }

    @Override
    public long getAsLong() {
        return NOW.get()[0];
    }
}
