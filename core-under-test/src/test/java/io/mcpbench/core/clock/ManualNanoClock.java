package io.mcpbench.core.clock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A nanosecond clock that moves only when a test says so, for the components that take their time
 * as a {@link LongSupplier} (routing's latency averages and back-offs, the registry's leases), so a
 * test decides exactly when a deadline passes. Safe to read from any thread.
 */
public final class ManualNanoClock implements LongSupplier {

    /** Starts at one second, away from zero, as a real clock reading would be. */
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Override
    public long getAsLong() {
        return now.get();
    }

    /** Moves the clock forward by {@code d}. */
    public void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }
}
