package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs work on a thread with a 256 KB stack, a quarter of the usual default, to show that deep
 * recursion in the library ends in an answer rather than a {@code StackOverflowError}.
 */
final class SmallStack {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private SmallStack() {
    }

    /** What {@code work} returned, or what it threw; fails if it has not ended within the hang guard. */
    static Object outcome(Callable<?> work) throws InterruptedException {
        Object[] outcome = new Object[1];
        Thread small = new Thread(null, () -> {
            try {
                outcome[0] = work.call();
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join(HANG_GUARD.toMillis());
        assertFalse(small.isAlive(), "work on a small stack did not end within " + HANG_GUARD);
        return outcome[0];
    }
}
