package io.mcpbench.bench.registry;

import java.util.function.LongSupplier;

/**
 * A nanosecond clock that moves only when told, so a benchmark decides exactly when leases lapse.
 * One thread advances it; any thread may read it.
 */
final class ManualClock implements LongSupplier {

    private volatile long now;

    @Override
    public long getAsLong() {
        return now;
    }

    /** Moves the clock forward; only one thread may call this. */
    void advance(long nanos) {
        now = now + nanos;
    }
}
