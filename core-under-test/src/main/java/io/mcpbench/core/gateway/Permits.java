package io.mcpbench.core.gateway;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of slots taken without blocking: {@link #tryAcquire()} takes one if any is free
 * and otherwise says no at once, so what is over the limit is refused rather than queued. A
 * compare-and-set loop never lets the count pass the limit, not even for a moment, so a refusal
 * always means the slots really were all taken. Every successful acquire must be followed by
 * exactly one {@link #release()}.
 */
final class Permits {

    private final int limit;
    private final AtomicInteger used = new AtomicInteger();

    Permits(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a limit must be at least 1: " + limit);
        }
        this.limit = limit;
    }

    /** Takes a slot if one is free; false, without waiting, if all {@link #limit()} are taken. */
    boolean tryAcquire() {
        AtomicInteger u = used;
        for (int n = u.get(); n < limit; n = u.get()) {
            if (u.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Gives back a slot taken by {@link #tryAcquire()}. */
    void release() {
        if (used.getAndDecrement() <= 0) {
            used.incrementAndGet();
            throw new IllegalStateException("released more slots than were acquired");
        }
    }

    /** Slots taken now. */
    int used() {
        return used.get();
    }

    int limit() {
        return limit;
    }
}
