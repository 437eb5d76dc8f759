package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs work on a thread of its own with a chosen stack: a 256 KB one, a quarter of the usual
 * default, to show that deep recursion in the library ends in an answer rather than a {@code
 * StackOverflowError}; or the JVM's default one, the stack a gateway's worker threads have.
 */
final class OnThread {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final long SMALL_STACK = 256 * 1024;
    /** Asks the JVM for its default thread stack size. */
    private static final long DEFAULT_STACK = 0;

    private OnThread() {
    }

    /** What {@code work} returned on a 256 KB stack, or what it threw; fails if it has not ended within the hang guard. */
    static Object withSmallStack(Callable<?> work) throws InterruptedException {
        return outcome(work, SMALL_STACK, "small-stack");
    }

    /** What {@code work} returned on a default-size stack, or what it threw; fails if it hangs. */
    static Object withDefaultStack(Callable<?> work) throws InterruptedException {
        return outcome(work, DEFAULT_STACK, "default-stack");
    }

    private static Object outcome(Callable<?> work, long stackSize, String name) throws InterruptedException {
        Object[] outcome = new Object[1];
        Thread thread = new Thread(null, () -> {
            try {
                outcome[0] = work.call();
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, name, stackSize);
        thread.start();
        thread.join(HANG_GUARD.toMillis());
        assertFalse(thread.isAlive(), "work on a " + name + " thread did not end within " + HANG_GUARD);
        return outcome[0];
    }
}
