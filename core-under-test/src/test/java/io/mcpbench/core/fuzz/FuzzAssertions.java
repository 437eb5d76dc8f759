package io.mcpbench.core.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the core's fuzz tests assert of one input: that it finishes in time ({@link #callWithin}),
 * so a hang is a finding rather than a stuck build, and that a message it yields is one line
 * ({@link #assertOneLine}). The input runs on a reused worker thread: a new thread per input (as
 * {@code assertTimeoutPreemptively} makes) would cost more than most inputs take to run. Whatever
 * the work throws is rethrown unchanged, so the fuzzer sees the original exception.
 */
public final class FuzzAssertions {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-bounded");
        t.setDaemon(true);
        return t;
    });

    private FuzzAssertions() {
    }

    /** The result of {@code work}, or a test failure if it runs longer than {@code limit}. */
    public static <T> T callWithin(Duration limit, String what, Callable<T> work) {
        Future<T> f = WORKER.submit(work);
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail(what + " did not finish within " + limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) throw (RuntimeException) cause;
            if (cause instanceof Error) throw (Error) cause;
            throw new AssertionError(what + " threw " + cause, cause);
        }
    }

    /** Fails unless {@code message} is a single non-blank line. */
    public static void assertOneLine(String message, String context) {
        if (message == null || message.isBlank()) {
            fail(context + ": blank message");
        }
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            fail(context + ": message spans several lines: " + message.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }
}
